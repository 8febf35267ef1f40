// Partners' public keys, by authority. A key belongs to exactly one authority and a record is only
// ever checked against the keys of the source it claims, so A's key can never vouch for B. Several
// keys per authority may be valid at once, which is how a key is rotated without a gap.
import type { KeyObject } from 'node:crypto';
import { AppError } from '../../errors/app-error';
import type { AuthorityCode } from '../records/record-types';

export interface TrustedKey {
  keyId: string;
  publicKey: KeyObject;
  /** First instant the key may sign. */
  validFrom?: Date;
  /** First instant the key may no longer sign. */
  validUntil?: Date;
  /**
   * How long after `validUntil` a record signed with the key may still arrive (a batch in flight, a
   * partner's relay catching up after an outage); DEFAULT_EXPIRY_GRACE_MS when absent. After that,
   * arrival is what counts, not the `bex-signed-at` the sender wrote, which the key's holder can backdate.
   */
  expiryGraceMs?: number;
  /**
   * First instant at which nothing signed with this key is accepted any more, judged on when the
   * receiver gets the record, not on the `bex-signed-at` it claims: a leaked key can backdate.
   */
  revokedAt?: Date;
}

export type TrustStore = ReadonlyMap<AuthorityCode, readonly TrustedKey[]>;

export const KEY_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;

export const DEFAULT_EXPIRY_GRACE_MS = 24 * 60 * 60 * 1000;
/** A longer grace is a typo or a way around the rule: an expired key would go on signing for weeks. */
export const MAX_EXPIRY_GRACE_MS = 30 * 24 * 60 * 60 * 1000;

export function createTrustStore(entries: ReadonlyArray<{ authority: AuthorityCode; key: TrustedKey }>): TrustStore {
  const problems: string[] = [];
  const owner = new Map<string, AuthorityCode>();
  const store = new Map<AuthorityCode, TrustedKey[]>();
  for (const { authority, key } of entries) {
    const name = `${authority}/${key.keyId}`;
    if (!KEY_ID.test(key.keyId)) problems.push(`${name}: key id must match ${KEY_ID}`);
    if (key.publicKey.type !== 'public') problems.push(`${name}: is a ${key.publicKey.type} key; the trust store holds public keys only`);
    if (key.publicKey.asymmetricKeyType !== 'ed25519') problems.push(`${name}: is ${key.publicKey.asymmetricKeyType}, not ed25519`);
    for (const field of ['validFrom', 'validUntil', 'revokedAt'] as const) {
      const date = key[field];
      // An Invalid Date compares false with everything, which would quietly switch its check off.
      if (date !== undefined && !(date instanceof Date && Number.isFinite(date.getTime()))) problems.push(`${name}: ${field} is not a valid date`);
    }
    if (key.validFrom && key.validUntil && !(key.validFrom < key.validUntil)) problems.push(`${name}: validFrom must precede validUntil`);
    const grace = key.expiryGraceMs;
    if (grace !== undefined && !(Number.isInteger(grace) && grace >= 0 && grace <= MAX_EXPIRY_GRACE_MS)) {
      problems.push(`${name}: the grace after validUntil must be a whole number of milliseconds from 0 to ${MAX_EXPIRY_GRACE_MS} (30 days)`);
    }
    // A grace without an end to follow would look like a setting while changing nothing.
    if (grace !== undefined && key.validUntil === undefined) problems.push(`${name}: a grace after validUntil needs a validUntil`);
    // Key ids are unique across authorities so that a key presented under the wrong source is
    // recognised as such rather than as unknown.
    const previous = owner.get(key.keyId);
    if (previous !== undefined) problems.push(`${name}: key id already used by ${previous}`);
    owner.set(key.keyId, authority);
    store.set(authority, [...(store.get(authority) ?? []), key]);
  }
  if (problems.length > 0) throw new AppError('trust-store-invalid', `trust store is invalid:\n  ${problems.join('\n  ')}`);
  return store;
}

export type KeyLookup = { ok: true; key: TrustedKey } | { ok: false; reason: 'unknown-key' | 'source-mismatch'; owner?: AuthorityCode };

export function lookupKey(store: TrustStore, source: AuthorityCode, keyId: string): KeyLookup {
  const key = store.get(source)?.find((k) => k.keyId === keyId);
  if (key) return { ok: true, key };
  for (const [authority, keys] of store) {
    if (keys.some((k) => k.keyId === keyId)) return { ok: false, reason: 'source-mismatch', owner: authority };
  }
  return { ok: false, reason: 'unknown-key' };
}

/** Whether a record received at `receivedAt` comes too late for this key, whatever its signing time. */
export function keyRevokedAt(key: TrustedKey, receivedAt: Date): boolean {
  return key.revokedAt !== undefined && receivedAt.getTime() >= key.revokedAt.getTime();
}

/**
 * Whether a record received at `receivedAt` comes too late for this key, whatever its signing time:
 * at or after `validUntil` plus the grace. Judged on the receiver's clock, because a holder of the
 * key can write any `bex-signed-at` and would otherwise use an expired key for ever.
 */
export function keyExpiredOnArrival(key: TrustedKey, receivedAt: Date): boolean {
  if (key.validUntil === undefined) return false;
  return receivedAt.getTime() >= key.validUntil.getTime() + (key.expiryGraceMs ?? DEFAULT_EXPIRY_GRACE_MS);
}

export function keyValidAt(key: TrustedKey, at: Date): boolean {
  const t = at.getTime();
  return (key.validFrom === undefined || key.validFrom.getTime() <= t) && (key.validUntil === undefined || t < key.validUntil.getTime());
}
