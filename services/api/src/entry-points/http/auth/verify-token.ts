// Checks a bearer token against the provider's keys and the rules of the issue: algorithm pinned by
// the key (never HS* or none), issuer, audience, a required and short expiry, 30 s of clock skew.
// The result is a reason, not an exception, so the caller decides what to log and the client
// learns nothing about which check failed.
import jwt from 'jsonwebtoken';
import { principalFromClaims } from './claims';
import { ALGORITHMS, JwksUnavailable, type JwksSource, type VerificationKey } from './jwks';
import type { Principal } from './principal';

export interface AuthOptions {
  jwks: JwksSource;
  issuer: string;
  audience: string;
  clockToleranceSec?: number;
  /** Longest lifetime (exp - iat) a token may claim. */
  maxLifetimeSec?: number;
}

export type Refusal =
  | 'malformed'
  | 'algorithm'
  | 'unknown-key'
  | 'keys-unavailable'
  | 'signature'
  | 'issuer'
  | 'audience'
  | 'expired'
  | 'not-yet-valid'
  | 'no-expiry'
  | 'lifetime'
  | 'claims';

/** What a hit in the verified-token cache re-checks: the key it was verified with, and its expiry. */
export interface VerifiedWith {
  key: VerificationKey;
  expiresAtSec: number;
}

export type Verified = { ok: true; principal: Principal; verifiedWith: VerifiedWith } | { ok: false; reason: Refusal };

export const DEFAULT_CLOCK_TOLERANCE_SEC = 30;
export const DEFAULT_MAX_LIFETIME_SEC = 3_600;
const MAX_TOKEN_LENGTH = 8_192;

const refuse = (reason: Refusal): Verified => ({ ok: false, reason });

export async function verifyToken(token: string, opts: AuthOptions, now: Date = new Date()): Promise<Verified> {
  if (token.length > MAX_TOKEN_LENGTH) return refuse('malformed');
  const decoded = jwt.decode(token, { complete: true });
  if (decoded === null) return refuse('malformed');
  const { alg, kid } = decoded.header;
  if (!(ALGORITHMS as readonly string[]).includes(alg)) return refuse('algorithm');
  if (typeof kid !== 'string' || kid === '') return refuse('unknown-key');

  let key;
  try {
    key = await opts.jwks.key(kid);
  } catch (err) {
    if (err instanceof JwksUnavailable) return refuse('keys-unavailable');
    throw err;
  }
  if (key === undefined) return refuse('unknown-key');
  if (key.algorithm !== alg) return refuse('algorithm');

  const tolerance = opts.clockToleranceSec ?? DEFAULT_CLOCK_TOLERANCE_SEC;
  const nowSec = Math.floor(now.getTime() / 1000);
  let payload: jwt.JwtPayload | string;
  try {
    payload = jwt.verify(token, key.key, {
      algorithms: [key.algorithm],
      issuer: opts.issuer,
      audience: opts.audience,
      clockTolerance: tolerance,
      clockTimestamp: nowSec,
      complete: true,
    }).payload;
  } catch (err) {
    return refuse(reasonOf(err));
  }
  if (typeof payload !== 'object' || payload === null) return refuse('malformed');
  if (typeof payload.exp !== 'number') return refuse('no-expiry');
  // Without iat a token's lifetime cannot be bounded, and one issued "in the future" is forged or
  // from a clock we must not trust.
  if (typeof payload.iat !== 'number') return refuse('lifetime');
  if (payload.iat > nowSec + tolerance) return refuse('not-yet-valid');
  if (payload.exp - payload.iat > (opts.maxLifetimeSec ?? DEFAULT_MAX_LIFETIME_SEC)) return refuse('lifetime');

  const principal = principalFromClaims(payload);
  return principal === undefined ? refuse('claims') : { ok: true, principal, verifiedWith: { key, expiresAtSec: payload.exp } };
}

// jsonwebtoken tells its failures apart by class and message only.
function reasonOf(err: unknown): Refusal {
  if (err instanceof jwt.TokenExpiredError) return 'expired';
  if (err instanceof jwt.NotBeforeError) return 'not-yet-valid';
  const message = err instanceof Error ? err.message : '';
  if (message.startsWith('jwt issuer invalid')) return 'issuer';
  if (message.startsWith('jwt audience invalid')) return 'audience';
  if (message === 'invalid signature') return 'signature';
  if (message === 'invalid algorithm') return 'algorithm';
  return 'malformed';
}
