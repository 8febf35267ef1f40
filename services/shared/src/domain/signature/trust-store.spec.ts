import { generateKeyPairSync } from 'node:crypto';
import { isAppError } from '../../errors/app-error';
import { devPrivateKey, devPublicKey } from './dev-keys';
import { createTrustStore, keyRevokedAt, keyValidAt, lookupKey } from './trust-store';

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

  it('treats validFrom as inclusive and validUntil as exclusive, and open ends as open', () => {
    const key = { keyId: 'k', publicKey: devPublicKey('LA', 'k'), validFrom: new Date('2026-01-01T00:00:00Z'), validUntil: new Date('2026-07-01T00:00:00Z') };
    expect(keyValidAt(key, new Date('2025-12-31T23:59:59.999Z'))).toBe(false);
    expect(keyValidAt(key, new Date('2026-01-01T00:00:00Z'))).toBe(true);
    expect(keyValidAt(key, new Date('2026-07-01T00:00:00Z'))).toBe(false);
    expect(keyValidAt({ keyId: 'k', publicKey: key.publicKey }, new Date(0))).toBe(true);
  });
});
