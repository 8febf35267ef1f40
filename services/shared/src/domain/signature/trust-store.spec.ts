import { generateKeyPairSync } from 'node:crypto';
import { isAppError } from '../../errors/app-error';
import { devPrivateKey, devPublicKey } from './dev-keys';
import { createTrustStore, DEFAULT_EXPIRY_GRACE_MS, keyExpiredOnArrival, keyRevokedAt, keyValidAt, lookupKey } from './trust-store';

function invalid(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (isAppError(err, 'trust-store-invalid')) return err.message;
    throw err;
  }
  throw new Error('expected trust-store-invalid');
}

describe('trust store', () => {
  const store = createTrustStore([
    { authority: 'LA', key: { keyId: 'la-1', publicKey: devPublicKey('LA', 'la-1') } },
    { authority: 'LA', key: { keyId: 'la-2', publicKey: devPublicKey('LA', 'la-2') } },
    { authority: 'VN', key: { keyId: 'vn-1', publicKey: devPublicKey('VN', 'vn-1') } },
  ]);

  it('finds a key only under its own authority', () => {
    expect(lookupKey(store, 'LA', 'la-2')).toMatchObject({ ok: true, key: { keyId: 'la-2' } });
    expect(lookupKey(store, 'VN', 'la-2')).toEqual({ ok: false, reason: 'source-mismatch', owner: 'LA' });
    expect(lookupKey(store, 'CN', 'cn-1')).toEqual({ ok: false, reason: 'unknown-key' });
  });

  it('refuses private keys, other algorithms, bad ids, reused ids and inverted validity, all at once', () => {
    const message = invalid(() =>
      createTrustStore([
        { authority: 'LA', key: { keyId: 'la-1', publicKey: devPrivateKey('LA', 'la-1') } },
        { authority: 'VN', key: { keyId: 'vn-1', publicKey: generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey } },
        { authority: 'VN', key: { keyId: 'VN 1', publicKey: devPublicKey('VN', 'x') } },
        { authority: 'CN', key: { keyId: 'la-1', publicKey: devPublicKey('CN', 'la-1') } },
        {
          authority: 'KH',
          key: { keyId: 'kh-1', publicKey: devPublicKey('KH', 'kh-1'), validFrom: new Date('2026-01-01'), validUntil: new Date('2025-01-01') },
        },
      ]),
    );
    expect(message).toMatch(/LA\/la-1: is a private key/);
    expect(message).toMatch(/VN\/vn-1: is ec, not ed25519/);
    expect(message).toMatch(/VN\/VN 1: key id must match/);
    expect(message).toMatch(/CN\/la-1: key id already used by LA/);
    expect(message).toMatch(/KH\/kh-1: validFrom must precede validUntil/);
  });

  it('refuses a revocation or validity time that is not a date', () => {
    const message = invalid(() =>
      createTrustStore([
        { authority: 'LA', key: { keyId: 'la-1', publicKey: devPublicKey('LA', 'la-1'), revokedAt: new Date('not a date') } },
        { authority: 'VN', key: { keyId: 'vn-1', publicKey: devPublicKey('VN', 'vn-1'), validUntil: new Date(Number.NaN) } },
      ]),
    );
    expect(message).toMatch(/LA\/la-1: revokedAt is not a valid date/);
    expect(message).toMatch(/VN\/vn-1: validUntil is not a valid date/);
  });

  it('treats revokedAt as the first instant of revocation, and no revokedAt as never revoked', () => {
    const key = { keyId: 'k', publicKey: devPublicKey('LA', 'k'), revokedAt: new Date('2026-03-01T00:00:00Z') };
    expect(keyRevokedAt(key, new Date('2026-02-28T23:59:59.999Z'))).toBe(false);
    expect(keyRevokedAt(key, new Date('2026-03-01T00:00:00Z'))).toBe(true);
    expect(keyRevokedAt({ keyId: 'k', publicKey: key.publicKey }, new Date('2100-01-01T00:00:00Z'))).toBe(false);
  });

  it('refuses a grace that is negative, fractional, longer than 30 days, or follows no validUntil', () => {
    const key = (keyId: string, expiryGraceMs: number, withValidUntil = true) => ({
      authority: 'LA' as const,
      key: { keyId, publicKey: devPublicKey('LA', keyId), expiryGraceMs, ...(withValidUntil ? { validUntil: new Date('2026-03-01T00:00:00Z') } : {}) },
    });
    const message = invalid(() => createTrustStore([key('la-1', -1), key('la-2', 1.5), key('la-3', 31 * 24 * 3600 * 1000), key('la-4', 1000, false)]));
    expect(message).toMatch(/LA\/la-1: the grace after validUntil must be a whole number/);
    expect(message).toMatch(/LA\/la-2: the grace after validUntil must be a whole number/);
    expect(message).toMatch(/LA\/la-3: the grace after validUntil must be a whole number/);
    expect(message).toMatch(/LA\/la-4: a grace after validUntil needs a validUntil/);
    expect(() => createTrustStore([key('la-5', 30 * 24 * 3600 * 1000), key('la-6', 0)])).not.toThrow();
  });

  it('treats validUntil plus the grace (24 hours unless the entry says) as the first instant of expiry on arrival', () => {
    const validUntil = new Date('2026-03-01T00:00:00Z');
    const key = { keyId: 'k', publicKey: devPublicKey('LA', 'k'), validUntil };
    expect(DEFAULT_EXPIRY_GRACE_MS).toBe(24 * 3600 * 1000);
    expect(keyExpiredOnArrival(key, new Date('2026-03-01T23:59:59.999Z'))).toBe(false);
    expect(keyExpiredOnArrival(key, new Date('2026-03-02T00:00:00Z'))).toBe(true);
    expect(keyExpiredOnArrival({ ...key, expiryGraceMs: 0 }, validUntil)).toBe(true);
    expect(keyExpiredOnArrival({ ...key, expiryGraceMs: 0 }, new Date(validUntil.getTime() - 1))).toBe(false);
    expect(keyExpiredOnArrival({ keyId: 'k', publicKey: key.publicKey }, new Date('2100-01-01T00:00:00Z'))).toBe(false);
  });

  it('treats validFrom as inclusive and validUntil as exclusive, and open ends as open', () => {
    const key = { keyId: 'k', publicKey: devPublicKey('LA', 'k'), validFrom: new Date('2026-01-01T00:00:00Z'), validUntil: new Date('2026-07-01T00:00:00Z') };
    expect(keyValidAt(key, new Date('2025-12-31T23:59:59.999Z'))).toBe(false);
    expect(keyValidAt(key, new Date('2026-01-01T00:00:00Z'))).toBe(true);
    expect(keyValidAt(key, new Date('2026-07-01T00:00:00Z'))).toBe(false);
    expect(keyValidAt({ keyId: 'k', publicKey: key.publicKey }, new Date(0))).toBe(true);
  });
});
