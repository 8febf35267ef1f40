// The tokens every endpoint must refuse, with the reason verifyToken gives for each. The unit
// tests check the reasons; the HTTP tests check that all of them look alike from outside.
import { generateKeyPairSync } from 'node:crypto';
import { forgedToken, tampered, type TestIdentity } from './test-identity.test-helper';
import type { Refusal } from './verify-token';

export type RefusedToken = [name: string, token: string, reason: Refusal];

export function refusedTokens(id: TestIdentity): RefusedToken[] {
  const now = Math.floor(Date.now() / 1000);
  const publicPem = id.publicKey.export({ format: 'pem', type: 'spki' }).toString();
  const rogue = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
  return [
    ['alg none', forgedToken({ alg: 'none', typ: 'JWT', kid: id.kid }, id.claims()), 'algorithm'],
    ['HS256 with the public key as the secret', forgedToken({ alg: 'HS256', typ: 'JWT', kid: id.kid }, id.claims(), publicPem), 'algorithm'],
    ['RS256 named on an EC key', forgedToken({ alg: 'RS256', typ: 'JWT', kid: id.kid }, id.claims(), publicPem), 'algorithm'],
    ['a wrong issuer', id.token({ iss: 'https://idp.elsewhere.example/' }), 'issuer'],
    ['a wrong audience', id.token({ aud: 'bex-api-somewhere-else' }), 'audience'],
    ['an expired token', id.token({ iat: now - 400, exp: now - 60 }), 'expired'],
    ['no exp', id.token({ exp: null }), 'no-expiry'],
    ['no iat', id.token({ iat: null }), 'lifetime'],
    ['a lifetime over one hour', id.token({ exp: now + 3_700 }), 'lifetime'],
    ['issued in the future', id.token({ iat: now + 120, exp: now + 400 }), 'not-yet-valid'],
    ['not valid before a future time', id.token({ nbf: now + 120 }), 'not-yet-valid'],
    ['an unknown kid', id.token({}, { kid: 'rogue-1', key: rogue }), 'unknown-key'],
    ['no kid', forgedToken({ alg: 'ES256', typ: 'JWT' }, id.claims()), 'unknown-key'],
    ['another key under our kid', id.token({}, { key: rogue }), 'signature'],
    ['a tampered payload', tampered(id.token({ roles: ['analyst'] }), (p) => ({ ...p, roles: ['admin'] })), 'signature'],
    ['an unknown role', id.token({ roles: ['officer', 'root'] }), 'claims'],
    ['an unknown authority', id.token({ authority: 'XX' }), 'claims'],
    ['neither office nor gate', id.token({ office: null }), 'claims'],
    ['personal_data not a boolean', id.token({ personal_data: 'yes' }), 'claims'],
    ['not a JWT', 'not.a.jwt', 'malformed'],
  ];
}
