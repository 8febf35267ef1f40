// Checks a received record's signature before anything else looks at it. Every failure is a value
// with a stable reason, because the projector routes it to dead letters and audits it rather than
// crashing. Recipient, record id and revision are what the receiver expects (its own inbox, the
// decoded record's meta), never what the sender's headers claim. The receiver's clock comes in as
// `receivedAt` too: this stays a pure function, and revocation and expiry past the grace are judged
// on it, not on the signing time the sender wrote.
import { verify } from 'node:crypto';
import { AppError } from '../../errors/app-error';
import { isAuthority, type AuthorityCode } from '../records/record-types';
import { HEADER, SIGNED_AT, readHeader, type KafkaHeaders } from './headers';
import { isValidRevision, signedMessage, type SignatureDomain } from './signed-message';
import { DEFAULT_EXPIRY_GRACE_MS, keyExpiredOnArrival, keyRevokedAt, keyValidAt, lookupKey, type TrustStore } from './trust-store';

export type VerifyFailureReason =
  | 'missing-signature'
  | 'malformed-header'
  | 'unknown-key'
  | 'source-mismatch'
  | 'wrong-recipient'
  | 'key-not-valid'
  | 'key-revoked'
  | 'key-expired'
  | 'signed-in-future'
  | 'bad-signature';

export type VerifyResult =
  | { ok: true; source: AuthorityCode; keyId: string; signedAt: Date }
  | { ok: false; reason: VerifyFailureReason; detail: string };

export interface ExpectedRecord {
  /** The authority whose inbox this is. */
  recipient: AuthorityCode;
  /** From the decoded record's meta. */
  recordId: string;
  revision: number;
  /** From the decoded record's meta; when given, the `bex-source` header must agree with it. */
  source?: string;
  /** When the receiver got the record, by its own clock. Revoked and expired keys are judged on this instant. */
  receivedAt: Date;
  /** How far `bex-signed-at` may lie ahead of `receivedAt` (clocks differ); default 5 minutes. */
  maxClockSkewMs?: number;
  /** What the message must have been signed as; a record when absent. */
  domain?: SignatureDomain;
}

export const DEFAULT_MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

const SIGNATURE_BYTES = 64;

function fail(reason: VerifyFailureReason, detail: string): VerifyResult {
  return { ok: false, reason, detail };
}

export function verifyRecord(value: Buffer, headers: KafkaHeaders | undefined, trustStore: TrustStore, expected: ExpectedRecord): VerifyResult {
  // A bad clock is the caller's bug, not the sender's: NaN would make every time check pass, so it
  // is thrown rather than turned into a dead letter or, worse, an acceptance.
  const receivedAt = expected.receivedAt.getTime();
  const maxSkew = expected.maxClockSkewMs ?? DEFAULT_MAX_CLOCK_SKEW_MS;
  if (!Number.isFinite(receivedAt)) throw new AppError('signature-bad-clock', 'verifyRecord needs a valid receivedAt');
  if (!Number.isFinite(maxSkew) || maxSkew < 0) throw new AppError('signature-bad-clock', `maxClockSkewMs ${maxSkew} must be a finite number >= 0`);

  const read: Record<keyof typeof HEADER, string> = { keyId: '', signature: '', source: '', recipient: '', signedAt: '' };
  for (const [field, name] of Object.entries(HEADER) as [keyof typeof HEADER, string][]) {
    const header = readHeader(headers, name);
    if (!header.ok) {
      return header.problem === 'missing'
        ? fail('missing-signature', `header ${name} is missing`)
        : fail('malformed-header', `header ${name} appears more than once`);
    }
    read[field] = header.value;
  }

  const source = read.source;
  if (!isAuthority(source)) return fail('malformed-header', `${HEADER.source} "${source}" is not a known authority`);
  if (expected.source !== undefined && expected.source !== source) {
    return fail('source-mismatch', `${HEADER.source} says ${source} but the record says ${expected.source}`);
  }
  if (read.recipient !== expected.recipient) {
    return fail('wrong-recipient', `signed for ${read.recipient}, received in the inbox of ${expected.recipient}`);
  }
  const signature = Buffer.from(read.signature, 'base64');
  // Base64 decoding skips stray characters; only the canonical spelling is accepted, so a header
  // that was tampered with never decodes to the genuine signature.
  if (signature.length !== SIGNATURE_BYTES || signature.toString('base64') !== read.signature) {
    return fail('malformed-header', `${HEADER.signature} is not ${SIGNATURE_BYTES} bytes of canonical base64`);
  }
  if (!SIGNED_AT.test(read.signedAt) || Number.isNaN(Date.parse(read.signedAt))) {
    return fail('malformed-header', `${HEADER.signedAt} "${read.signedAt}" is not an ISO 8601 UTC timestamp`);
  }
  const signedAt = new Date(read.signedAt);

  const found = lookupKey(trustStore, source, read.keyId);
  if (!found.ok) {
    return found.reason === 'source-mismatch'
      ? fail('source-mismatch', `key ${read.keyId} belongs to ${found.owner}, not to ${source}`)
      : fail('unknown-key', `no trusted key ${read.keyId} for ${source}`);
  }
  if (keyRevokedAt(found.key, expected.receivedAt)) {
    return fail('key-revoked', `key ${read.keyId} of ${source} was revoked at ${found.key.revokedAt?.toISOString()}; received ${expected.receivedAt.toISOString()}`);
  }
  if (keyExpiredOnArrival(found.key, expected.receivedAt)) {
    const graceMs = found.key.expiryGraceMs ?? DEFAULT_EXPIRY_GRACE_MS;
    return fail('key-expired', `key ${read.keyId} of ${source} expired at ${found.key.validUntil?.toISOString()}; its records are accepted until ${graceMs} ms later; received ${expected.receivedAt.toISOString()}`);
  }
  if (signedAt.getTime() - receivedAt > maxSkew) {
    return fail('signed-in-future', `${HEADER.signedAt} ${read.signedAt} is more than ${maxSkew} ms after the time of receipt ${expected.receivedAt.toISOString()}`);
  }
  if (!keyValidAt(found.key, signedAt)) {
    return fail('key-not-valid', `key ${read.keyId} of ${source} was not valid at ${read.signedAt}`);
  }
  if (!isValidRevision(expected.revision)) {
    return fail('bad-signature', `revision ${expected.revision} is not a positive integer`);
  }

  const message = signedMessage({
    keyId: read.keyId,
    source,
    recipient: expected.recipient,
    recordId: expected.recordId,
    revision: expected.revision,
    signedAt: read.signedAt,
    value,
    ...(expected.domain === undefined ? {} : { domain: expected.domain }),
  });
  if (!verify(null, message, found.key.publicKey, signature)) {
    return fail('bad-signature', `signature of ${source} (key ${read.keyId}) does not match record ${expected.recordId} rev ${expected.revision}`);
  }
  return { ok: true, source, keyId: read.keyId, signedAt };
}
