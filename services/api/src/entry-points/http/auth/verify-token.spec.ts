import { generateKeyPairSync } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { CachedJwks } from './cached-jwks';
import { refusedTokens } from './refused-tokens.test-helper';
import { createTestIdentity } from './test-identity.test-helper';
import { verifyToken } from './verify-token';

const id = createTestIdentity('LA');
afterAll(() => id.dispose());

describe('verifyToken', () => {
  it('accepts a valid token and returns the principal, without the registered claims', async () => {
    const verified = await verifyToken(id.token({ sub: 'la-7', gate: 'LA-BTN', roles: ['border-branch', 'border-branch'], personal_data: false }), id.auth);
    expect(verified.ok).toBe(true);
    expect(verified.ok && verified.principal).toEqual({ subject: 'la-7', authority: 'LA', office: 'LA-HQ', gate: 'LA-BTN', roles: ['border-branch'], personalData: false });
  });

  it('takes the gate as the office of a border branch that names no office, and no personal data unless granted', async () => {
    const verified = await verifyToken(id.token({ office: null, gate: 'LA-DTO', roles: ['border-branch'], personal_data: null }), id.auth);
    expect(verified).toMatchObject({ ok: true, principal: { office: 'LA-DTO', gate: 'LA-DTO', personalData: false } });
  });

  it.each(refusedTokens(id))('refuses %s (%#)', async (_name, token, reason) => {
    expect(await verifyToken(token, id.auth)).toEqual({ ok: false, reason });
  });

  it('allows 30 s of clock skew, not more', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect((await verifyToken(id.token({ iat: now - 300, exp: now - 20 }), id.auth)).ok).toBe(true);
    expect((await verifyToken(id.token({ iat: now - 300, exp: now - 40 }), id.auth)).ok).toBe(false);
    expect((await verifyToken(id.token({ iat: now + 20, exp: now + 300 }), id.auth)).ok).toBe(true);
  });

  it('allows exactly the configured lifetime', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect((await verifyToken(id.token({ iat: now, exp: now + 3_600 }), id.auth)).ok).toBe(true);
    expect(await verifyToken(id.token({ iat: now, exp: now + 600 }), { ...id.auth, maxLifetimeSec: 300 })).toEqual({ ok: false, reason: 'lifetime' });
  });

  it('accepts RS256 from an RSA key of the provider', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const jwks = new CachedJwks(async () => JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'rsa-1' }] }));
    const token = jwt.sign(id.claims(), privateKey, { algorithm: 'RS256', keyid: 'rsa-1' });
    expect(await verifyToken(token, { ...id.auth, jwks })).toMatchObject({ ok: true });
    const rs512 = forgedHeader(token, { alg: 'RS512', kid: 'rsa-1' });
    expect(await verifyToken(rs512, { ...id.auth, jwks })).toEqual({ ok: false, reason: 'algorithm' });
  });

  it('says the keys are unavailable when the provider cannot be reached and nothing is cached', async () => {
    const jwks = new CachedJwks(async () => {
      throw new Error('ECONNREFUSED');
    });
    expect(await verifyToken(id.token(), { ...id.auth, jwks })).toEqual({ ok: false, reason: 'keys-unavailable' });
  });

  it('refuses an oversized token before decoding it', async () => {
    expect(await verifyToken(id.token({ padding: 'x'.repeat(9_000) }), id.auth)).toEqual({ ok: false, reason: 'malformed' });
  });
});

function forgedHeader(token: string, header: Record<string, unknown>): string {
  const [, payload, signature] = token.split('.');
  return `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${payload}.${signature}`;
}
