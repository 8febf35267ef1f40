// Which copy of a record goes where. The source's own inbox gets it whole; each partner gets what
// its agreement allows (redacted). A partner that ever received the record and may not hold this
// revision (withdrawn, now H3, out of its gate scope, type dropped, agreement lapsed or revoked)
// gets a content-free tombstone instead, whatever the agreement now says: the owner decides how
// long a copy lives. A partner that never held the record is told nothing, not even that it exists.
import type avro from 'avsc';
import type { Agreement, RetractionReason } from '@bex/shared';
import { isContentFreeTombstone, retractedCopy, shareFor, type AnyRecord, type AuthorityCode } from '@bex/shared';

export interface Delivery {
  recipient: AuthorityCode;
  record: AnyRecord;
  removedPaths: string[];
  /** Set when the recipient gets a tombstone in place of content. */
  retraction?: RetractionReason;
}

export interface Withheld {
  recipient: AuthorityCode;
  reason: string;
  detail: string;
}

export interface Plan {
  deliveries: Delivery[];
  withheld: Withheld[];
  /** Partners that receive content of this record now: from here on they must be sent its retraction. */
  nowHolding: AuthorityCode[];
}

export interface PlanInput {
  self: AuthorityCode;
  partners: readonly AuthorityCode[];
  agreements: readonly Agreement[];
  at: Date;
  /** Partners that received any earlier revision of this record (the relay's recipient ledger). */
  heldBy: ReadonlySet<AuthorityCode>;
  /** The record type's schema, from which a tombstone is built. */
  schema: avro.Type;
}

export function planDeliveries(record: AnyRecord, input: PlanInput): Plan {
  const { self, partners, agreements, at, heldBy, schema } = input;
  const plan: Plan = { deliveries: [], withheld: [], nowHolding: [] };
  if (record.meta.source !== self) {
    // Only the owner sends, retractions included: a relay never speaks for another's record.
    plan.withheld.push({ recipient: self, reason: 'not-originator', detail: `${record.meta.recordId} belongs to ${record.meta.source}` });
    return plan;
  }
  const withdrawn = isContentFreeTombstone(record);
  const recipients = [self, ...new Set([...partners, ...heldBy].filter((p) => p !== self))];
  for (const recipient of recipients) {
    if (recipient === self || !withdrawn) {
      const result = shareFor(record, { relay: self, recipient }, agreements, at);
      if (result.shared) {
        plan.deliveries.push({ recipient, record: result.record as AnyRecord, removedPaths: result.removedPaths });
        if (recipient !== self) plan.nowHolding.push(recipient);
        continue;
      }
      if (!heldBy.has(recipient)) {
        plan.withheld.push({ recipient, reason: result.reason, detail: result.detail });
        continue;
      }
    } else if (!heldBy.has(recipient)) {
      plan.withheld.push({ recipient, reason: 'never-held', detail: `${recipient} never received ${record.meta.recordId}, so it is not told of its withdrawal` });
      continue;
    }
    const reason: RetractionReason = withdrawn ? (record.meta.retraction ?? 'WITHDRAWN') : 'NO_LONGER_SHARED';
    plan.deliveries.push({ recipient, record: retractedCopy(schema, record, recipient, reason), removedPaths: [], retraction: reason });
  }
  return plan;
}
