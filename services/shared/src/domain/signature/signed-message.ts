// The bytes an authority signs. Every field is length-prefixed, so no two different field sets
// share an encoding ("LA"+"VN" is not "L"+"AVN"), and the domain tag keeps a BEX record signature
// from ever being valid for anything else signed with the same key. Recipient, record id and
// revision are inside, so a signed record cannot be replayed into another inbox or as another
// revision; signed-at is inside so a key's validity is judged at signing time, and a view rebuilt
// from old topics after a key retires verifies the same as it did live.
import { AppError } from '../../errors/app-error';

export const SIGNATURE_DOMAIN_TAG = 'bex-record-v1';
/** Receipts are signed under a tag of their own: a receipt's signature is never a record's, nor the reverse. */
export const RECEIPT_DOMAIN_TAG = 'bex-receipt-v1';
export type SignatureDomain = typeof SIGNATURE_DOMAIN_TAG | typeof RECEIPT_DOMAIN_TAG;

export interface SignedFields {
  keyId: string;
  source: string;
  recipient: string;
  recordId: string;
  revision: number;
  /** ISO 8601 UTC, exactly as carried in the `bex-signed-at` header. */
  signedAt: string;
  /** The full Kafka message value (Confluent frame and Avro body). */
  value: Buffer;
  /** What kind of message is signed; a record when absent. */
  domain?: SignatureDomain;
}

function lengthPrefixed(bytes: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length, 0);
  return Buffer.concat([length, bytes]);
}

export function isValidRevision(revision: number): boolean {
  return Number.isSafeInteger(revision) && revision >= 1;
}

export function signedMessage(f: SignedFields): Buffer {
  if (!isValidRevision(f.revision)) {
    throw new AppError('signature-bad-revision', `revision ${f.revision} is not a positive integer`);
  }
  const revision = Buffer.alloc(8);
  revision.writeBigUInt64BE(BigInt(f.revision), 0);
  const text = (s: string): Buffer => Buffer.from(s, 'utf8');
  return Buffer.concat(
    [text(f.domain ?? SIGNATURE_DOMAIN_TAG), text(f.keyId), text(f.source), text(f.recipient), text(f.recordId), revision, text(f.signedAt), f.value].map(
      lengthPrefixed,
    ),
  );
}
