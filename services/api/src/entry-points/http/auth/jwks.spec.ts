import { generateKeyPairSync } from 'node:crypto';
import { CachedJwks } from './cached-jwks';
import { JwksUnavailable, parseJwks } from './jwks';
import { jwksSource } from './jwks-source';

const ec = (kid: string, extra: Record<string, unknown> = {}) => ({ ...generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'jwk' }), kid, ...extra });
const doc = (...keys: unknown[]) => JSON.stringify({ keys });

describe('parseJwks', () => {
  it('binds RSA keys to RS256 and P-256 keys to ES256', () => {
    const rsa = { ...generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' }), kid: 'r' };
    const keys = parseJwks(doc(rsa, ec('e')));
    expect([...keys.values()].map((k) => [k.kid, k.algorithm, k.key.type])).toEqual([['r', 'RS256', 'public'], ['e', 'ES256', 'public']]);
  });

  it('drops what the api would never accept: short RSA keys, other curves, HMAC keys, encryption keys, mismatched alg, no kid', () => {
    const shortRsa = { ...generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ format: 'jwk' }), kid: 'short' };
    const p384 = { ...generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey.export({ format: 'jwk' }), kid: 'p384' };
    const keys = parseJwks(doc(shortRsa, p384, { kty: 'oct', k: 'c2VjcmV0', kid: 'hmac' }, ec('enc', { use: 'enc' }), ec('hs', { alg: 'HS256' }), ec(''), 'junk', ec('ok')));
    expect([...keys.keys()]).toEqual(['ok']);
  });

  it('keeps only the public half of a key published with its private part', () => {
    const jwk = { ...generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' }), kid: 'leaky' };
    expect(parseJwks(doc(jwk)).get('leaky')!.key.type).toBe('public');
  });

  it('refuses a document without keys or with one kid twice', () => {
    expect(() => parseJwks('{}')).toThrow(/keys/);
    expect(() => parseJwks(doc(ec('a'), ec('a')))).toThrow(/two keys with kid a/);
  });
});

describe('CachedJwks', () => {
  let clock = 0;
  const now = () => clock;
  beforeEach(() => {
    clock = 1_000_000;
  });

  it('reloads after the maximum age, and at once for an unknown kid but at most once per 30 s', async () => {
    let published = doc(ec('a'));
    const load = jest.fn(async () => published);
    const jwks = new CachedJwks(load, { maxAgeMs: 600_000, now });
    expect(await jwks.key('a')).toBeDefined();
    expect(await jwks.key('b')).toBeUndefined();
    expect(load).toHaveBeenCalledTimes(2);
    published = doc(ec('a'), ec('b'));
    clock += 10_000;
    expect(await jwks.key('b')).toBeUndefined();
    expect(load).toHaveBeenCalledTimes(2);
    clock += 20_000;
    expect(await jwks.key('b')).toBeDefined();
    expect(load).toHaveBeenCalledTimes(3);
    clock += 600_000;
    await jwks.key('a');
    expect(load).toHaveBeenCalledTimes(4);
  });

  it('keeps the keys it has while reloads fail, and is unavailable when it never had any', async () => {
    let up = true;
    const jwks = new CachedJwks(async () => {
      if (!up) throw new Error('down');
      return doc(ec('a'));
    }, { maxAgeMs: 1_000, now });
    await jwks.key('a');
    up = false;
    clock += 5_000;
    expect(await jwks.key('a')).toBeDefined();
    const never = new CachedJwks(async () => Promise.reject(new Error('down')), { now });
    await expect(never.key('a')).rejects.toBeInstanceOf(JwksUnavailable);
  });

  describe('while the provider cannot be reached', () => {
    const HOUR = 3_600_000;
    // Loaded once at the start of the test; from then on every reload fails, as in an outage.
    const outage = (opts: { maxStaleMs?: number } = {}) => {
      let up = true;
      const load = jest.fn(async () => {
        if (!up) throw new Error('ECONNREFUSED');
        return doc(ec('a'));
      });
      const jwks = new CachedJwks(load, { maxAgeMs: 600_000, now, ...opts });
      return { jwks, load, down: () => void (up = false), up: () => void (up = true) };
    };

    it('uses the keys it has for less than an hour after the last load that succeeded, then refuses them', async () => {
      const { jwks, down } = outage();
      expect(await jwks.key('a')).toBeDefined();
      down();
      clock += HOUR - 1;
      expect(await jwks.key('a')).toBeDefined();
      clock += 1;
      await expect(jwks.key('a')).rejects.toBeInstanceOf(JwksUnavailable);
      clock += 24 * HOUR;
      await expect(jwks.key('a')).rejects.toBeInstanceOf(JwksUnavailable);
    });

    it('does not let tokens with made-up key ids stretch the staleness: an unknown kid is refused too', async () => {
      const { jwks, down } = outage();
      await jwks.key('a');
      down();
      clock += HOUR;
      await expect(jwks.key('made-up')).rejects.toBeInstanceOf(JwksUnavailable);
    });

    it('trusts the keys again once a reload succeeds, and keeps asking the provider no more than every 5 s meanwhile', async () => {
      const { jwks, load, down, up } = outage();
      await jwks.key('a');
      down();
      clock += HOUR;
      await expect(jwks.key('a')).rejects.toBeInstanceOf(JwksUnavailable);
      const calls = load.mock.calls.length;
      clock += 1_000;
      await expect(jwks.key('a')).rejects.toBeInstanceOf(JwksUnavailable);
      expect(load).toHaveBeenCalledTimes(calls);
      up();
      clock += 5_000;
      expect(await jwks.key('a')).toBeDefined();
    });

    it('follows the staleness it is given, and refuses one shorter than its reload interval', async () => {
      const { jwks, down } = outage({ maxStaleMs: 15 * 60_000 });
      await jwks.key('a');
      down();
      clock += 15 * 60_000 - 1;
      expect(await jwks.key('a')).toBeDefined();
      clock += 1;
      await expect(jwks.key('a')).rejects.toBeInstanceOf(JwksUnavailable);
      expect(() => new CachedJwks(async () => doc(), { maxAgeMs: 600_000, maxStaleMs: 599_999 })).toThrow(/at least its reload interval/);
    });
  });

  it('shares one load between concurrent requests', async () => {
    const load = jest.fn(async () => doc(ec('a')));
    const jwks = new CachedJwks(load, { now });
    await Promise.all([jwks.key('a'), jwks.key('a'), jwks.key('a')]);
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('jwksSource', () => {
  it('refuses plain http except on the loopback interface', () => {
    expect(() => jwksSource('http://idp.example/jwks.json')).toThrow(/https/);
    expect(() => jwksSource('http://127.0.0.1:8080/jwks.json')).not.toThrow();
    expect(() => jwksSource('https://idp.example/jwks.json')).not.toThrow();
  });
});
