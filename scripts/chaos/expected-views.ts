// What every view must hold, from the revisions each source accepted: the relay's own rule
// (planDeliveries) applied revision by revision in order, with the holders it makes, gives for each
// authority the last copy of each record it must have received: which revision, which status, and
// whether content or a tombstone.
import { planDeliveries } from '@bex/relay';
import { avroType } from '@bex/schemas';
import type { Agreement, AnyRecord, AuthorityCode, RecordTypeName } from '@bex/shared';

export interface History {
  source: AuthorityCode;
  type: RecordTypeName;
  recordId: string;
  /** Accepted revisions, oldest first. */
  revisions: readonly AnyRecord[];
}

export interface ExpectedCopy {
  holder: AuthorityCode;
  type: RecordTypeName;
  /** source:recordId, the view's key. */
  key: string;
  revision: number;
  status: string;
  tombstone: boolean;
}

export function expectedCopies(histories: readonly History[], agreements: readonly Agreement[], at: Date): ExpectedCopy[] {
  const out: ExpectedCopy[] = [];
  for (const h of histories) {
    const partners = [...new Set(agreements.filter((a) => a.source === h.source).map((a) => a.recipient))];
    const heldBy = new Set<AuthorityCode>();
    const last = new Map<AuthorityCode, ExpectedCopy>();
    for (const record of h.revisions) {
      const plan = planDeliveries(record, { self: h.source, partners, agreements, at, heldBy, schema: avroType(h.type) });
      for (const d of plan.deliveries) {
        const status = d.record.meta.status;
        last.set(d.recipient, { holder: d.recipient, type: h.type, key: `${h.source}:${h.recordId}`, revision: d.record.meta.revision, status, tombstone: status === 'WITHDRAWN' });
      }
      for (const p of plan.nowHolding) heldBy.add(p);
    }
    out.push(...last.values());
  }
  return out;
}
