// DEVELOPMENT KEYS ONLY. Each is derived from a published seed, so anyone can recompute its private
// half: they make a fresh clone, the local stack and tests reproducible, and protect nothing.
// Real deployments generate their own keys and never load these.
import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import type { AuthorityCode } from '../records/record-types';

export const DEV_SEED_PREFIX = 'bex-dev-key:';

/** The fixed PKCS#8 DER header of an Ed25519 private key; the 32-byte seed follows it. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** LA has two keys to show a rotation: both verify while partners trust both. */
export const DEV_KEYS: ReadonlyArray<{ authority: AuthorityCode; keyId: string }> = [
  { authority: 'LA', keyId: 'la-2025-01' },
  { authority: 'LA', keyId: 'la-2026-02' },
  { authority: 'VN', keyId: 'vn-2025-01' },
  { authority: 'CN', keyId: 'cn-2025-01' },
  { authority: 'TH', keyId: 'th-2025-01' },
  { authority: 'KH', keyId: 'kh-2025-01' },
];

/** The key each authority's relay signs with in the local stack (the newest one). */
export const DEV_SIGNING_KEY_IDS: Readonly<Record<AuthorityCode, string>> = {
  LA: 'la-2026-02',
  VN: 'vn-2025-01',
  CN: 'cn-2025-01',
  TH: 'th-2025-01',
  KH: 'kh-2025-01',
};

export function devSeed(authority: AuthorityCode, keyId: string): Buffer {
  return createHash('sha256').update(`${DEV_SEED_PREFIX}${authority}:${keyId}`, 'utf8').digest();
}

export function devPrivateKey(authority: AuthorityCode, keyId: string): KeyObject {
  const der = Buffer.concat([ED25519_PKCS8_PREFIX, devSeed(authority, keyId)]);
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
}

export function devPublicKey(authority: AuthorityCode, keyId: string): KeyObject {
  return createPublicKey(devPrivateKey(authority, keyId));
}
