import { generateKeyPairSync } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { CachedJwks } from './cached-jwks';
import { JwksUnavailable, type JwksSource, type VerificationKey } from './jwks';
import { refusedTokens } from './refused-tokens.test-helper';
import { createTestIdentity, tampered } from './test-identity.test-helper';
import { VerifiedTokens } from './verified-tokens';

const id = createTestIdentity('LA');
afterAll(() => id.dispose());

/** A key source the test controls: what the provider publishes right now, and how often it was asked. */
function switchableJwks(initial: JwksSource) {
  let source: JwksSource = initial;
  let asked = 0;
  return {
    jwks: { key: async (kid: string): Promise<VerificationKey | undefined> => (asked++, source.key(kid)) } satisfies JwksSource,
    publish: (next: JwksSource) => void (source = next),
    asked: () => asked,
  };
}

const rsaJwks = (kid: string) => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { privateKey, jwks: new CachedJwks(async () => JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid }] })) };
};

/** A token signed by an RSA key of a provider the test controls, already verified once (cached). */
async function cachedRsaToken() {
  const rsa = rsaJwks('rsa-1');
  const keys = switchableJwks(rsa.jwks);
  const tokens = new VerifiedTokens({ ...id.auth, jwks: keys.jwks });
  const token = jwt.sign(id.claims(), rsa.privateKey, { algorithm: 'RS256', keyid: 'rsa-1' });
  expect(await tokens.verify(token)).toMatchObject({ ok: true });
  return { keys, tokens, token };
}

describe('VerifiedTokens', () => {
  it('answers a token it verified before with the same principal, and counts one entry for it', async () => {
    const tokens = new VerifiedTokens(id.auth);
    const token = id.token({ sub: 'la-7' });
    const first = await tokens.verify(token);
    const again = await tokens.verify(token);
    expect(first).toMatchObject({ ok: true, principal: { subject: 'la-7', authority: 'LA' } });
    expect(again).toEqual(first);
    expect(tokens.size).toBe(1);
  });

  it('refuses every broken token for the same reason verifyToken gives, cached genuine tokens beside them or not', async () => {
    const tokens = new VerifiedTokens(id.auth);
    await tokens.verify(id.token({ roles: ['analyst'] }));
    for (const [name, token, reason] of refusedTokens(id)) {
      expect([name, await tokens.verify(token)]).toEqual([name, { ok: false, reason }]);
      // Refusals are never remembered: asking again is refused again, for the same reason.
      expect([name, await tokens.verify(token)]).toEqual([name, { ok: false, reason }]);
    }
    expect(tokens.size).toBe(1);
  });

  it('does not let a cached genuine token lend its standing to a tampered copy of it', async () => {
    const tokens = new VerifiedTokens(id.auth);
    const genuine = id.token({ roles: ['analyst'] });
    expect(await tokens.verify(genuine)).toMatchObject({ ok: true });
    const promoted = tampered(genuine, (p) => ({ ...p, roles: ['admin'] }));
    expect(await tokens.verify(promoted)).toEqual({ ok: false, reason: 'signature' });
    const otherAuthority = tampered(genuine, (p) => ({ ...p, authority: 'VN' }));
    expect(await tokens.verify(otherAuthority)).toEqual({ ok: false, reason: 'signature' });
  });

  it('refuses a cached token once it has expired, past the clock skew', async () => {
    const tokens = new VerifiedTokens(id.auth);
    const now = Math.floor(Date.now() / 1000);
    const token = id.token({ iat: now, exp: now + 60 });
    expect(await tokens.verify(token, new Date(now * 1000))).toMatchObject({ ok: true });
    expect(await tokens.verify(token, new Date((now + 60 + 30) * 1000))).toMatchObject({ ok: true });
    expect(await tokens.verify(token, new Date((now + 60 + 31) * 1000))).toEqual({ ok: false, reason: 'expired' });
    expect(tokens.size).toBe(0);
  });

  it('refuses a cached token at once when the provider withdraws the key that signed it', async () => {
    const { keys, tokens, token } = await cachedRsaToken();
    keys.publish(new CachedJwks(async () => JSON.stringify({ keys: [] })));
    expect(await tokens.verify(token)).toEqual({ ok: false, reason: 'unknown-key' });
  });

  it('refuses a cached token when its kid now names another key (a rotation that reused the id)', async () => {
    const before = rsaJwks('rsa-1');
    const after = rsaJwks('rsa-1');
    const keys = switchableJwks(before.jwks);
    const tokens = new VerifiedTokens({ ...id.auth, jwks: keys.jwks });
    const token = jwt.sign(id.claims(), before.privateKey, { algorithm: 'RS256', keyid: 'rsa-1' });
    expect(await tokens.verify(token)).toMatchObject({ ok: true });
    keys.publish(after.jwks);
    expect(await tokens.verify(token)).toEqual({ ok: false, reason: 'signature' });
  });

  it('says the keys are unavailable for a cached token when the provider cannot be reached', async () => {
    const { keys, tokens, token } = await cachedRsaToken();
    keys.publish({ key: async () => Promise.reject(new JwksUnavailable(new Error('ECONNREFUSED'))) });
    expect(await tokens.verify(token)).toEqual({ ok: false, reason: 'keys-unavailable' });
  });

  it('refuses a cached token once the keys could not be refreshed for the maximum staleness', async () => {
    let clock = Date.now();
    let up = true;
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const published = JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'rsa-1' }] });
    const jwks = new CachedJwks(async () => (up ? published : Promise.reject(new Error('ECONNREFUSED'))), { maxAgeMs: 600_000, maxStaleMs: 3_600_000, now: () => clock });
    const tokens = new VerifiedTokens({ ...id.auth, jwks });
    const token = jwt.sign(id.claims(), privateKey, { algorithm: 'RS256', keyid: 'rsa-1' });
    expect(await tokens.verify(token)).toMatchObject({ ok: true });
    up = false;
    // The token itself stays unexpired (verified at the real time); only the keys age.
    clock += 3_600_000 - 1;
    expect(await tokens.verify(token)).toMatchObject({ ok: true });
    clock += 1;
    expect(await tokens.verify(token)).toEqual({ ok: false, reason: 'keys-unavailable' });
    const fresh = jwt.sign(id.claims({ sub: 'la-8' }), privateKey, { algorithm: 'RS256', keyid: 'rsa-1' });
    expect(await tokens.verify(fresh)).toEqual({ ok: false, reason: 'keys-unavailable' });
  });

  it('still asks the key source on every hit: a hit skips the signature check, not the key check', async () => {
    const keys = switchableJwks(id.auth.jwks);
    const tokens = new VerifiedTokens({ ...id.auth, jwks: keys.jwks });
    const token = id.token();
    for (let i = 0; i < 3; i++) expect(await tokens.verify(token)).toMatchObject({ ok: true });
    expect(keys.asked()).toBe(3);
  });

  it('holds at most its bound, dropping the oldest token, which is then verified afresh', async () => {
    const tokens = new VerifiedTokens(id.auth, 3);
    const issued = Array.from({ length: 5 }, (_, n) => id.token({ sub: `la-${n}` }));
    for (const t of issued) expect(await tokens.verify(t)).toMatchObject({ ok: true });
    expect(tokens.size).toBe(3);
    expect(await tokens.verify(issued[0] as string)).toMatchObject({ ok: true, principal: { subject: 'la-0' } });
    expect(tokens.size).toBe(3);
  });
});
