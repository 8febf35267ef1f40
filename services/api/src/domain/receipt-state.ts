// What a source knows of one of its records at each partner, from the receipts it believed and its
// recipient ledger: the latest revision delivered, the first viewing, and each action taken on it.
// A partner the ledger lists with no receipt yet is shown too: that is exactly what "not delivered"
// looks like. Pure: the stores' documents come in, the answer goes out.
import type { StoredReceipt } from '@bex/view';

export interface PartnerReceipts {
  partner: string;
  /** First revision the partner received (the ledger); null for a partner known only from receipts. */
  holderSince: number | null;
  delivered: { revision: number; at: string; receivedAt: string } | null;
  viewed: { revision: number; at: string; receivedAt: string } | null;
  actioned: Array<{ at: string; receivedAt: string; recordId: string; recordType: string }>;
}

const iso = (ms: number): string => new Date(ms).toISOString();

export function receiptState(holderSince: ReadonlyMap<string, number>, receipts: readonly StoredReceipt[]): PartnerReceipts[] {
  const partners = new Map<string, PartnerReceipts>();
  const of = (partner: string): PartnerReceipts => {
    let p = partners.get(partner);
    if (p === undefined) {
      p = { partner, holderSince: holderSince.get(partner) ?? null, delivered: null, viewed: null, actioned: [] };
      partners.set(partner, p);
    }
    return p;
  };
  for (const partner of holderSince.keys()) of(partner);
  for (const r of receipts) {
    const p = of(r.from);
    const fact = { revision: r.revision, at: iso(r.at), receivedAt: r.receivedAt.toISOString() };
    if (r.kind === 'DELIVERED' && (p.delivered === null || r.revision > p.delivered.revision)) p.delivered = fact;
    else if (r.kind === 'VIEWED' && (p.viewed === null || r.at < Date.parse(p.viewed.at))) p.viewed = fact;
    else if (r.kind === 'ACTIONED' && r.actionRecordId !== null) {
      p.actioned.push({ at: iso(r.at), receivedAt: r.receivedAt.toISOString(), recordId: r.actionRecordId, recordType: r.actionRecordType ?? 'AlertHit' });
    }
  }
  for (const p of partners.values()) p.actioned.sort((a, b) => a.at.localeCompare(b.at));
  return [...partners.values()].sort((a, b) => a.partner.localeCompare(b.partner));
}

/** Partners holding a record that have not viewed it (an urgent alert left unread). */
export function unviewedBy(holders: ReadonlyMap<string, number> | undefined, viewed: ReadonlySet<string> | undefined): string[] {
  return [...(holders?.keys() ?? [])].filter((p) => !viewed?.has(p)).sort();
}
