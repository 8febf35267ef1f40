// What a dead letter may keep of a refused record. Refusals on agreement, redaction or recipient
// grounds concern records this authority may not hold: reason and digest only. Bytes that could not
// be decoded or verified are kept for a while so an admin can investigate a broken or forged record.
// A genuine signature for another recipient is a recipient ground: that copy was never ours to keep.
import { createHash } from 'node:crypto';

const KEEPS_BYTES = /^(decode-|signature-|unknown-topic$)/;
const RECIPIENT_GROUNDS = new Set(['signature-wrong-recipient']);

/** Bytes beyond this are never kept, only their length and digest: a partner chooses how many it sends. */
export const MAX_KEPT_VALUE_BYTES = 64 * 1024;

export function keepsBytes(reason: string, valueLength = 0): boolean {
  return KEEPS_BYTES.test(reason) && !RECIPIENT_GROUNDS.has(reason) && valueLength <= MAX_KEPT_VALUE_BYTES;
}

export interface Digest {
  valueLength: number;
  valueSha256: string | null;
}

export function digestOf(value: Buffer | null): Digest {
  return value === null ? { valueLength: 0, valueSha256: null } : { valueLength: value.length, valueSha256: createHash('sha256').update(value).digest('hex') };
}
