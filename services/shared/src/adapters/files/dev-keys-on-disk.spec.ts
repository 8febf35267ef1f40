// The committed dev public keys are exactly what the published seed derives, so a fresh clone
// (which has no private keys) recreates matching private keys with scripts/make-dev-keys.ts.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isAppError } from '../../errors/app-error';
import { AUTHORITIES } from '../../domain/records/record-types';
import { DEV_KEYS, DEV_SIGNING_KEY_IDS, devPrivateKey, devPublicKey } from '../../domain/signature/dev-keys';
import { loadTrustStore } from './load-trust-store';
import { signRecord } from '../../domain/signature/sign';
import { verifyRecord } from '../../domain/signature/verify';

const TRUST_DIR = resolve(__dirname, '../../../../../deploy/trust');

function spki(pem: string): string {
  return pem.replace(/-----[A-Z ]+-----|\s/g, '');
}

describe('dev keys', () => {
  it('derive from sha256("bex-dev-key:<authority>:<keyId>") as an independent Ed25519 implementation does', () => {
    // Computed with Python's `cryptography` (Ed25519PrivateKey.from_private_bytes of that seed).
    const pem = devPublicKey('LA', 'la-2025-01').export({ format: 'pem', type: 'spki' }).toString();
    expect(spki(pem)).toBe('MCowBQYDK2VwAyEAUt0gp1hLlvHK0rZNYVZerJaLgc+RCbbreUfK61u5RzY=');
  });

  it.each(DEV_KEYS.map((k) => [k.authority, k.keyId] as const))('%s %s is committed as derived', (authority, keyId) => {
    const committed = readFileSync(join(TRUST_DIR, authority, `${keyId}.pub.pem`), 'utf8');
    expect(committed).toBe(devPublicKey(authority, keyId).export({ format: 'pem', type: 'spki' }).toString());
  });

  it('cover every authority, LA with two keys, each signing key among them', () => {
    for (const authority of AUTHORITIES) {
      expect(DEV_KEYS.some((k) => k.authority === authority && k.keyId === DEV_SIGNING_KEY_IDS[authority])).toBe(true);
    }
    expect(DEV_KEYS.filter((k) => k.authority === 'LA')).toHaveLength(2);
  });

  it('load from deploy/trust and verify what the dev private keys sign', () => {
    const store = loadTrustStore(TRUST_DIR);
    expect([...store.values()].flat()).toHaveLength(DEV_KEYS.length);
    for (const { authority, keyId } of DEV_KEYS) {
      const recipient = authority === 'VN' ? 'LA' : 'VN';
      const value = Buffer.from(`value of ${keyId}`);
      const { headers } = signRecord({ source: authority, recipient, recordId: 'r', revision: 1, value }, devPrivateKey(authority, keyId), keyId);
      expect(verifyRecord(value, headers, store, { recipient, recordId: 'r', revision: 1, receivedAt: new Date() })).toMatchObject({ ok: true, source: authority, keyId });
    }
  });

  it('leave no private key in deploy/trust', () => {
    for (const authority of readdirSync(TRUST_DIR, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const file of readdirSync(join(TRUST_DIR, authority.name))) {
        expect(readFileSync(join(TRUST_DIR, authority.name, file), 'utf8')).not.toMatch(/PRIVATE KEY/);
      }
    }
  });
});

describe('loadTrustStore', () => {
  function trustDir(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'bex-trust-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }
  const pem = (a: 'LA' | 'VN', id: string) => devPublicKey(a, id).export({ format: 'pem', type: 'spki' }).toString();

  it('reads optional validity next to a key', () => {
    const dir = trustDir({ 'LA/la-1.pub.pem': pem('LA', 'la-1'), 'LA/la-1.validity.json': '{"validUntil":"2026-03-01T00:00:00Z"}', 'README.md': 'x' });
    expect(loadTrustStore(dir).get('LA')?.[0]).toMatchObject({ keyId: 'la-1', validUntil: new Date('2026-03-01T00:00:00Z') });
  });

  it('reads a revocation next to a key, and a record received after it is refused', () => {
    const dir = trustDir({
      'LA/la-1.pub.pem': pem('LA', 'la-1'),
      'LA/la-1.validity.json': '{"validFrom":"2025-01-01T00:00:00Z","revokedAt":"2026-03-01T12:00:00+07:00"}',
      'VN/vn-1.pub.pem': pem('VN', 'vn-1'),
    });
    const store = loadTrustStore(dir);
    expect(store.get('LA')?.[0]).toMatchObject({ keyId: 'la-1', validFrom: new Date('2025-01-01T00:00:00Z'), revokedAt: new Date('2026-03-01T05:00:00Z') });
    expect(store.get('VN')?.[0]?.revokedAt).toBeUndefined();
    const value = Buffer.from('v');
    const signedAt = new Date('2026-02-01T00:00:00Z');
    const { headers } = signRecord({ source: 'LA', recipient: 'VN', recordId: 'r', revision: 1, value, signedAt }, devPrivateKey('LA', 'la-1'), 'la-1');
    const at = (receivedAt: string) => verifyRecord(value, headers, store, { recipient: 'VN', recordId: 'r', revision: 1, receivedAt: new Date(receivedAt) });
    expect(at('2026-03-01T04:59:59.999Z')).toMatchObject({ ok: true });
    expect(at('2026-03-01T05:00:00.000Z')).toMatchObject({ ok: false, reason: 'key-revoked' });
  });

  it('reads a grace after validUntil, and a record arriving after it is refused whatever its signing time', () => {
    const dir = trustDir({ 'LA/la-1.pub.pem': pem('LA', 'la-1'), 'LA/la-1.validity.json': '{"validUntil":"2026-03-01T00:00:00Z","expiryGraceSeconds":3600}' });
    const store = loadTrustStore(dir);
    expect(store.get('LA')?.[0]).toMatchObject({ keyId: 'la-1', expiryGraceMs: 3_600_000 });
    const value = Buffer.from('v');
    const { headers } = signRecord({ source: 'LA', recipient: 'VN', recordId: 'r', revision: 1, value, signedAt: new Date('2026-02-28T23:00:00Z') }, devPrivateKey('LA', 'la-1'), 'la-1');
    const at = (receivedAt: string) => verifyRecord(value, headers, store, { recipient: 'VN', recordId: 'r', revision: 1, receivedAt: new Date(receivedAt) });
    expect(at('2026-03-01T00:59:59.999Z')).toMatchObject({ ok: true });
    expect(at('2026-03-01T01:00:00.000Z')).toMatchObject({ ok: false, reason: 'key-expired' });
  });

  it.each([['a text', '"24h"'], ['a fraction', '1.5'], ['a negative number', '-1'], ['null', 'null']])('stops at an expiryGraceSeconds that is %s, naming the file', (_, raw) => {
    const dir = trustDir({ 'LA/la-1.pub.pem': pem('LA', 'la-1'), 'LA/la-1.validity.json': `{"validUntil":"2026-03-01T00:00:00Z","expiryGraceSeconds":${raw}}` });
    expect(() => loadTrustStore(dir)).toThrow(/la-1\.validity\.json: expiryGraceSeconds: must be a whole number of seconds/);
  });

  it.each([
    ['a date without a time', '"2026-03-01"'],
    ['a time without a zone', '"2026-03-01T12:00:00"'],
    ['a day the month does not have', '"2026-02-30T00:00:00Z"'],
    ['an hour past 23', '"2026-03-01T24:00:00Z"'],
    ['prose', '"yesterday"'],
    ['an empty string', '""'],
    ['a number', '1772323200000'],
    ['null', 'null'],
  ])('stops at a revokedAt that is %s, naming the file', (_, raw) => {
    const dir = trustDir({ 'LA/la-1.pub.pem': pem('LA', 'la-1'), 'LA/la-1.validity.json': `{"revokedAt":${raw}}` });
    expect(() => loadTrustStore(dir)).toThrow(/la-1\.validity\.json: revokedAt: must be an ISO 8601 date-time/);
  });

  it.each([
    ['a misspelt field', '{"revokedAT":"2026-03-01T00:00:00Z"}', /la-1\.validity\.json: unknown field revokedAT/],
    ['broken JSON', '{"revokedAt":', /la-1\.validity\.json: is not valid JSON/],
    ['not an object', '["2026-03-01T00:00:00Z"]', /la-1\.validity\.json: must be a JSON object/],
  ])('stops at a validity file with %s, naming the file', (_, text, message) => {
    const dir = trustDir({ 'LA/la-1.pub.pem': pem('LA', 'la-1'), 'LA/la-1.validity.json': text });
    let caught: unknown;
    try {
      loadTrustStore(dir);
    } catch (err) {
      caught = err;
    }
    expect(isAppError(caught, 'trust-store-invalid')).toBe(true);
    expect((caught as Error).message).toMatch(message);
  });

  it('stops at a validity file beside no key', () => {
    const dir = trustDir({ 'LA/la-1.pub.pem': pem('LA', 'la-1'), 'LA/la-01.validity.json': '{"revokedAt":"2026-03-01T00:00:00Z"}' });
    expect(() => loadTrustStore(dir)).toThrow(/la-01\.validity\.json: no la-01\.pub\.pem beside it/);
  });

  it('stops at a private key', () => {
    const privatePem = devPrivateKey('LA', 'la-1').export({ format: 'pem', type: 'pkcs8' }).toString();
    const dir = trustDir({ 'LA/la-1.pub.pem': privatePem });
    let caught: unknown;
    try {
      loadTrustStore(dir);
    } catch (err) {
      caught = err;
    }
    expect(isAppError(caught, 'trust-store-private-key')).toBe(true);
  });

  it('stops at a folder that is not an authority', () => {
    expect(() => loadTrustStore(trustDir({ 'XX/x-1.pub.pem': pem('VN', 'x-1') }))).toThrow(/not an authority/);
  });

  it('skips the dot-folders of a Kubernetes ConfigMap mount', () => {
    const dir = trustDir({ 'VN/vn-1.pub.pem': pem('VN', 'vn-1'), '..2026_11_23/VN/vn-1.pub.pem': pem('VN', 'vn-1') });
    expect(loadTrustStore(dir).get('VN')?.map((k) => k.keyId)).toEqual(['vn-1']);
  });
});
