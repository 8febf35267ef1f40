// What a partner's receipt must be before this source believes or stores it, beyond its signature:
// ids are UUIDs (so every string it makes this source store is bounded), the revision a real one,
// the time within the years any record of the exchange may carry. Pure: names fields, never values.
import type { Receipt } from '@bex/shared';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
/** The instants a receipt may name: the same years as every record's times (1900 to 2200). */
export const RECEIPT_EARLIEST = Date.UTC(1900, 0, 1);
export const RECEIPT_LATEST = Date.UTC(2200, 11, 31, 23, 59, 59, 999);

export function receiptProblems(receipt: Receipt): string[] {
  const problems: string[] = [];
  if (!UUID.test(receipt.recordId)) problems.push('recordId must be a UUID');
  if (receipt.actionRecordId !== null && receipt.actionRecordId !== undefined && !UUID.test(receipt.actionRecordId)) problems.push('actionRecordId must be a UUID');
  if (!Number.isInteger(receipt.revision) || receipt.revision < 1) problems.push('revision must be 1 or more');
  if (!Number.isFinite(receipt.at) || receipt.at < RECEIPT_EARLIEST || receipt.at > RECEIPT_LATEST) problems.push('at must lie between the years 1900 and 2200');
  return problems;
}
