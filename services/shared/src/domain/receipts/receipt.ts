// Receipts a recipient sends back to a record's source: what became of each revision it was sent.
// One id per fact, so a receipt sent twice (a replayed batch, a second look at a record) is one
// receipt at both ends. VIEWED is the first opening of a record only, whatever its revision;
// ACTIONED is one per acting record, so two hits on one alert are two receipts.
import type { Receipt, ReceiptKind } from '@bex/schemas';
import type { AnyRecord } from '../records/record';
import type { AuthorityCode, RecordTypeName } from '../records/record-types';

export type { Receipt, ReceiptKind };

export function receiptId(r: Pick<Receipt, 'recordSource' | 'recordId' | 'revision' | 'from' | 'kind' | 'actionRecordId'>): string {
  const about = `${r.recordSource}:${r.recordId}`;
  if (r.kind === 'VIEWED') return `${about}:${r.from}:VIEWED`;
  if (r.kind === 'ACTIONED') return `${about}:${r.from}:ACTIONED:${r.actionRecordId ?? ''}`;
  return `${about}:${r.revision}:${r.from}:DELIVERED`;
}

/** The record a receipt is about, as a view document or a decoded record's meta gives it. */
export interface ReceiptSubject {
  source: AuthorityCode;
  recordId: string;
  recordType: RecordTypeName;
  revision: number;
}

function about(kind: ReceiptKind, subject: ReceiptSubject, self: AuthorityCode, at: number): Receipt | undefined {
  if (subject.source === self) return undefined;
  return { recordSource: subject.source, recordId: subject.recordId, recordType: subject.recordType, revision: subject.revision, from: self, kind, at, actionRecordId: null, actionRecordType: null };
}

/** DELIVERED, for a partner's revision this recipient's view just took in (a tombstone too: the withdrawal reached this copy). */
export const deliveredReceipt = (subject: ReceiptSubject, self: AuthorityCode, at: number): Receipt | undefined => about('DELIVERED', subject, self, at);

/** VIEWED, for a partner's record a user of this recipient opened. */
export const viewedReceipt = (subject: ReceiptSubject, self: AuthorityCode, at: number): Receipt | undefined => about('VIEWED', subject, self, at);

/**
 * ACTIONED, for this authority's own hit that refers to a partner's alert: the alert's source
 * learns that its alert was acted on, and by which hit (an id; the hit itself travels, or not, as
 * its own agreement says).
 */
export function actionedReceipt(record: AnyRecord, self: AuthorityCode, at: number): Receipt | undefined {
  const { meta } = record;
  if (meta.source !== self || meta.recordType !== 'AlertHit' || meta.status === 'WITHDRAWN') return undefined;
  const alertSource = record.alertSource as AuthorityCode | null | undefined;
  const alertId = record.alertId as string | null | undefined;
  const alertRevision = record.alertRevision as number | null | undefined;
  if (!alertSource || alertSource === self || !alertId || !alertRevision) return undefined;
  return { recordSource: alertSource, recordId: alertId, recordType: 'VehicleRiskAlert', revision: alertRevision, from: self, kind: 'ACTIONED', at, actionRecordId: meta.recordId, actionRecordType: 'AlertHit' };
}

/** The receipts a recipient owes once its view took these in: DELIVERED for partners' revisions, ACTIONED for its own hits on partners' alerts. */
export function receiptsForApplied(applied: ReadonlyArray<{ subject: ReceiptSubject; record: AnyRecord | null }>, self: AuthorityCode, at: number): Receipt[] {
  const out = new Map<string, Receipt>();
  for (const { subject, record } of applied) {
    for (const receipt of [deliveredReceipt(subject, self, at), record === null ? undefined : actionedReceipt(record, self, at)]) {
      if (receipt !== undefined && !out.has(receiptId(receipt))) out.set(receiptId(receipt), receipt);
    }
  }
  return [...out.values()];
}
