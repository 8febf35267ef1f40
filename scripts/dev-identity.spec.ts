import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiAudience, devIssuer, devJwksFile, jwksSource, verifyToken, type AuthOptions } from '@bex/api';
import type { AuthorityCode } from '@bex/shared';
import { devKeyId, ensureDevIdentity, mintDevToken } from './dev-identity';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bex-dev-identity-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const verifierOf = (a: AuthorityCode): AuthOptions => ({ jwks: jwksSource(devJwksFile(a, dir)), issuer: devIssuer(a), audience: apiAudience(a) });

describe('the local identity provider', () => {
  it('creates one private key per authority, readable by its owner only, and keeps it on later runs', () => {
    ensureDevIdentity(dir);
    const keyFile = join(dir, 'LA', 'la-idp-1.key.pem');
    const key = readFileSync(keyFile, 'utf8');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    ensureDevIdentity(dir);
    expect(readFileSync(keyFile, 'utf8')).toBe(key);
    for (const a of ['LA', 'VN', 'CN', 'TH', 'KH'] as const) {
      const jwks = JSON.parse(readFileSync(devJwksFile(a, dir), 'utf8')) as { keys: Array<Record<string, unknown>> };
      expect(jwks.keys).toEqual([expect.objectContaining({ kid: devKeyId(a), kty: 'EC', crv: 'P-256', alg: 'ES256' })]);
      expect(jwks.keys[0]).not.toHaveProperty('d');
    }
  });

  it('mints tokens that the api of the same authority accepts, and no other', async () => {
    const token = mintDevToken({ authority: 'VN', roles: ['border-branch'], gate: 'VN-NGI', dir });
    const verified = await verifyToken(token, verifierOf('VN'));
    expect(verified.ok).toBe(true);
    expect(verified.ok && verified.principal).toEqual({ subject: 'vn-border-branch-demo', authority: 'VN', office: 'VN-NGI', gate: 'VN-NGI', roles: ['border-branch'], personalData: false });
    expect(await verifyToken(token, verifierOf('LA'))).toMatchObject({ ok: false });
  });

  it('gives an officer without an office the authority\'s headquarters, and a short expiry', async () => {
    const token = mintDevToken({ authority: 'CN', roles: ['officer'], personalData: true, dir });
    const verified = await verifyToken(token, verifierOf('CN'));
    expect(verified).toMatchObject({ ok: true, principal: { office: 'CN-HQ', personalData: true } });
    const { iat, exp } = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { iat: number; exp: number };
    expect(exp - iat).toBe(15 * 60);
  });
});
