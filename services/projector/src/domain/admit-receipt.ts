// Whether a partner's receipt, decoded and signature-checked, may be believed by this source. A
// genuine key proves who speaks, not that what it says is true: a partner may only report on a
// revision this source actually sent it, on this source's own records, and only the kinds of
// receipt the agreement asks for. Pure: what was sent to whom comes in as `sent`.
import { findAgreementEver, sendsViewedReceipts, type Agreement, type AuthorityCode, type Receipt } from '@bex/shared';

/** What this source's outbox and recipient ledger say about the record a receipt is about. */
export interface SentFacts {
  /** The record's type, from the outbox; undefined if this source has no such record. */
  recordType?: string;
  /** Whether the outbox holds this revision as sent (or produced and not yet marked). */
  revisionSent: boolean;
  /** The first revision each partner received content of (the recipient ledger). */
  holderSince: ReadonlyMap<AuthorityCode, number>;
}

export type ReceiptAdmission = { ok: true } | { ok: false; reason: string; detail: string };

const refuse = (reason: string, detail: string): ReceiptAdmission => ({ ok: false, reason: `receipt-${reason}`, detail });

export function admitReceipt(receipt: Receipt, self: AuthorityCode, agreements: readonly Agreement[], sent: SentFacts): ReceiptAdmission {
  const about = `${receipt.recordSource}:${receipt.recordId} rev ${receipt.revision}`;
  if (receipt.recordSource !== self) return refuse('wrong-source', `${receipt.from} reports on ${about}, which is not a record of ${self}`);
  if (receipt.from === self) return refuse('from-self', `a receipt from ${self} to itself for ${about}`);
  const acting = receipt.actionRecordId !== null && receipt.actionRecordType !== null;
  if ((receipt.kind === 'ACTIONED') !== acting) {
    return refuse('action-mismatch', `${receipt.kind} receipt ${acting ? 'names' : 'lacks'} an acting record`);
  }
  if (sent.recordType === undefined) return refuse('revision-never-sent', `${self} has no record ${receipt.recordId}`);
  if (sent.recordType !== receipt.recordType) return refuse('wrong-type', `${about} is a ${sent.recordType}, the receipt says ${receipt.recordType}`);
  const since = sent.holderSince.get(receipt.from);
  if (!sent.revisionSent || since === undefined || receipt.revision < since) {
    return refuse('revision-never-sent', `${self} never sent ${about} to ${receipt.from}`);
  }
  if (receipt.kind === 'VIEWED') {
    const agreement = findAgreementEver(agreements, self, receipt.from);
    if (agreement !== undefined && !sendsViewedReceipts(agreement)) {
      return refuse('viewed-switched-off', `${agreement.file} switches VIEWED receipts off; ${receipt.from} sent one for ${about}`);
    }
  }
  return { ok: true };
}
