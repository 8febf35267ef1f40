// A throwaway identity provider for tests: an ES256 key pair made in the test, its JWKS in a
// temporary file, and a signer that can also produce the broken tokens the refusal tests need.
import { createHmac, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import type { AuthorityCode } from '@bex/shared';
import { jwksSource } from './jwks-source';
import type { AuthOptions } from './verify-token';

export interface TestIdentity {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  jwksFile: string;
  auth: AuthOptions;
  /** Valid claims for `authority` unless the overrides say otherwise; `null` removes a claim. */
  claims(overrides?: Record<string, unknown>): Record<string, unknown>;
  /** `claims(overrides)`, signed. */
  token(claims?: Record<string, unknown>, opts?: TokenOptions): string;
  dispose(): void;
}

export interface TokenOptions {
  kid?: string;
  key?: KeyObject;
  algorithm?: 'ES256' | 'RS256';
}

export const base64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export function createTestIdentity(authority: AuthorityCode): TestIdentity {
  const kid = `test-${authority.toLowerCase()}-1`;
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const dir = mkdtempSync(join(tmpdir(), 'bex-idp-'));
  const jwksFile = join(dir, 'jwks.json');
  writeFileSync(jwksFile, JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'ES256', use: 'sig' }] }));
  const issuer = `https://idp.test.${authority.toLowerCase()}/`;
  const audience = `bex-api-${authority.toLowerCase()}-test`;
  return {
    kid,
    privateKey,
    publicKey,
    jwksFile,
    auth: { jwks: jwksSource(jwksFile), issuer, audience },
    claims(overrides = {}) {
      const now = Math.floor(Date.now() / 1000);
      const all: Record<string, unknown> = {
        iss: issuer, aud: audience, sub: 'test-officer-1', iat: now, exp: now + 300,
        authority, office: `${authority}-HQ`, roles: ['officer'], personal_data: true,
        ...overrides,
      };
      return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== null));
    },
    token(overrides = {}, opts = {}) {
      const payload = this.claims(overrides);
      // jsonwebtoken adds an iat of its own unless told not to; a test that removes it means it.
      const noTimestamp = payload.iat === undefined;
      return jwt.sign(payload, opts.key ?? privateKey, { algorithm: opts.algorithm ?? 'ES256', keyid: opts.kid ?? kid, noTimestamp });
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A token with an arbitrary header, signed (if at all) by the caller's HMAC secret. */
export function forgedToken(header: Record<string, unknown>, payload: Record<string, unknown>, hmacSecret?: string | Buffer): string {
  const signingInput = `${base64url(header)}.${base64url(payload)}`;
  const signature = hmacSecret === undefined ? '' : createHmac('sha256', hmacSecret).update(signingInput).digest('base64url');
  return `${signingInput}.${signature}`;
}

/** The token with its payload replaced, its header and signature kept. */
export function tampered(token: string, change: (payload: Record<string, unknown>) => Record<string, unknown>): string {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  return `${header}.${base64url(change(JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>))}.${signature}`;
}
