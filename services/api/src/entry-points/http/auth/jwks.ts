// The identity provider's public keys, from a JWKS document, selected by `kid`. Only what the api
// will accept is kept: RSA keys of 2048 bits or more for RS256 and P-256 keys for ES256, each
// bound to that one algorithm, so a token cannot choose how its signature is checked.
import { createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';

export const ALGORITHMS = ['RS256', 'ES256'] as const;
export type Algorithm = (typeof ALGORITHMS)[number];

export interface VerificationKey {
  kid: string;
  algorithm: Algorithm;
  key: KeyObject;
}

export interface JwksSource {
  /** The key with this id, or undefined if the provider has none; throws JwksUnavailable if the keys cannot be had at all. */
  key(kid: string): Promise<VerificationKey | undefined>;
}

export class JwksUnavailable extends Error {
  constructor(cause: unknown) {
    super('the identity provider\'s keys could not be loaded', { cause });
    this.name = 'JwksUnavailable';
  }
}

const MIN_RSA_BITS = 2048;

export function parseJwks(text: string): Map<string, VerificationKey> {
  const doc = JSON.parse(text) as { keys?: unknown };
  if (doc === null || typeof doc !== 'object' || !Array.isArray(doc.keys)) throw new Error('a JWKS document needs a "keys" array');
  const keys = new Map<string, VerificationKey>();
  for (const jwk of doc.keys as unknown[]) {
    const key = verificationKey(jwk);
    if (key === undefined) continue;
    // Two keys under one id would make the choice of key the attacker's; trust neither.
    if (keys.has(key.kid)) throw new Error(`the JWKS document has two keys with kid ${key.kid}`);
    keys.set(key.kid, key);
  }
  return keys;
}

function verificationKey(jwk: unknown): VerificationKey | undefined {
  if (jwk === null || typeof jwk !== 'object') return undefined;
  const j = jwk as Record<string, unknown>;
  if (typeof j.kid !== 'string' || j.kid === '') return undefined;
  if (j.use !== undefined && j.use !== 'sig') return undefined;
  const algorithm: Algorithm | undefined = j.kty === 'RSA' ? 'RS256' : j.kty === 'EC' && j.crv === 'P-256' ? 'ES256' : undefined;
  if (algorithm === undefined || (j.alg !== undefined && j.alg !== algorithm)) return undefined;
  // Only the public members: a document that leaks a private part must not make us hold it.
  const members = algorithm === 'RS256' ? { kty: 'RSA', n: j.n, e: j.e } : { kty: 'EC', crv: 'P-256', x: j.x, y: j.y };
  let key: KeyObject;
  try {
    key = createPublicKey({ key: members as JsonWebKey, format: 'jwk' });
  } catch {
    return undefined;
  }
  if (algorithm === 'RS256' && (key.asymmetricKeyDetails?.modulusLength ?? 0) < MIN_RSA_BITS) return undefined;
  return { kid: j.kid, algorithm, key };
}
