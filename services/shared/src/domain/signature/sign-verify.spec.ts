import { generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { AUTHORITIES, type AuthorityCode } from '../records/record-types';
import { devPrivateKey, devPublicKey } from './dev-keys';
import { HEADER, type SignatureHeaders } from './headers';
import { signRecord, type RecordToSign } from './sign';
import { RECEIPT_DOMAIN_TAG } from './signed-message';
import { createTrustStore } from './trust-store';
import { verifyRecord, type ExpectedRecord } from './verify';

const KEYS: ReadonlyArray<{ authority: AuthorityCode; keyId: string }> = [
  { authority: 'LA', keyId: 'la-2025-01' },
  { authority: 'LA', keyId: 'la-2026-02' },
  { authority: 'VN', keyId: 'vn-2025-01' },
  { authority: 'CN', keyId: 'cn-2025-01' },
];
const PRIVATE = new Map(KEYS.map((k) => [k.keyId, devPrivateKey(k.authority, k.keyId)]));
const STORE = createTrustStore(KEYS.map((k) => ({ authority: k.authority, key: { keyId: k.keyId, publicKey: devPublicKey(k.authority, k.keyId) } })));
const SIGNED_AT = new Date('2026-06-15T08:00:00.000Z');
const RECEIVED_AT = new Date('2026-06-15T08:00:01.000Z');

const arbitraryKey = fc.constantFrom(...KEYS);
const arbitraryRecord = fc.record({
  recipient: fc.constantFrom<AuthorityCode>(...AUTHORITIES),
  recordId: fc.string({ minLength: 1, maxLength: 40 }),
  revision: fc.integer({ min: 1, max: 1_000_000 }),
  value: fc.uint8Array({ minLength: 1, maxLength: 300 }).map((b) => Buffer.from(b)),
});

type Signed = { input: RecordToSign; headers: SignatureHeaders };

function signWith(key: { authority: AuthorityCode; keyId: string }, r: Omit<RecordToSign, 'source'>): Signed {
  const input: RecordToSign = { ...r, source: key.authority, signedAt: SIGNED_AT };
  return { input, headers: signRecord(input, PRIVATE.get(key.keyId)!, key.keyId).headers };
}

function check(s: Signed, value = s.input.value, headers: Record<string, string | Buffer> = { ...s.headers }, over: Partial<ExpectedRecord> = {}) {
  const expected = { recipient: s.input.recipient, recordId: s.input.recordId, revision: s.input.revision, receivedAt: RECEIVED_AT, ...over };
  return verifyRecord(value, headers, STORE, expected);
}

const signedArb = fc.tuple(arbitraryKey, arbitraryRecord).map(([key, r]) => signWith(key, r));

describe('signRecord / verifyRecord', () => {
  it('a receipt\'s signature is never a record\'s, nor the reverse: the domain tag is signed', () => {
    fc.assert(
      fc.property(signedArb, (s) => {
        const asReceipt: RecordToSign = { ...s.input, domain: RECEIPT_DOMAIN_TAG };
        const receipt = { input: asReceipt, headers: signRecord(asReceipt, PRIVATE.get(s.headers['bex-key-id'])!, s.headers['bex-key-id']).headers };
        expect(check(receipt, receipt.input.value, { ...receipt.headers }, { domain: RECEIPT_DOMAIN_TAG }).ok).toBe(true);
        expect(check(receipt)).toMatchObject({ ok: false, reason: 'bad-signature' });
        expect(check(s, s.input.value, { ...s.headers }, { domain: RECEIPT_DOMAIN_TAG })).toMatchObject({ ok: false, reason: 'bad-signature' });
      }),
    );
  });

  it('verifies what was signed, with the headers as strings or as the Buffers Kafka delivers', () => {
    fc.assert(
      fc.property(signedArb, (s) => {
        const ok = { ok: true, source: s.input.source, keyId: s.headers['bex-key-id'], signedAt: SIGNED_AT };
        expect(check(s)).toEqual(ok);
        const asBuffers = Object.fromEntries(Object.entries(s.headers).map(([k, v]) => [k, Buffer.from(v)]));
        expect(check(s, s.input.value, asBuffers)).toEqual(ok);
      }),
    );
  });

  it('fails after any one-byte change of the value', () => {
    fc.assert(
      fc.property(signedArb, fc.nat(), fc.integer({ min: 1, max: 255 }), (s, at, xor) => {
        const value = Buffer.from(s.input.value);
        const i = at % value.length;
        value[i] = (value[i] as number) ^ xor;
        expect(check(s, value)).toMatchObject({ ok: false, reason: 'bad-signature' });
      }),
    );
  });

  it('fails after any one-byte change of the signature', () => {
    fc.assert(
      fc.property(signedArb, fc.nat(63), fc.integer({ min: 1, max: 255 }), (s, i, xor) => {
        const signature = Buffer.from(s.headers['bex-signature'], 'base64');
        signature[i] = (signature[i] as number) ^ xor;
        expect(check(s, s.input.value, { ...s.headers, 'bex-signature': signature.toString('base64') })).toMatchObject({
          ok: false,
          reason: 'bad-signature',
        });
      }),
    );
  });

  it('fails after any change of any header, character by character', () => {
    const names = Object.values(HEADER);
    fc.assert(
      fc.property(signedArb, fc.constantFrom(...names), fc.nat(), fc.integer({ min: 1, max: 0x7f }), (s, name, at, xor) => {
        const original = s.headers[name as keyof SignatureHeaders];
        const i = at % original.length;
        const changed = original.slice(0, i) + String.fromCharCode(original.charCodeAt(i) ^ xor) + original.slice(i + 1);
        expect(check(s, s.input.value, { ...s.headers, [name]: changed }).ok).toBe(false);
      }),
    );
  });

  it('fails when any header is missing or repeated', () => {
    fc.assert(
      fc.property(signedArb, fc.constantFrom(...Object.values(HEADER)), (s, name) => {
        const without: Record<string, string> = { ...s.headers };
        delete without[name];
        expect(check(s, s.input.value, without)).toMatchObject({ ok: false, reason: 'missing-signature' });
        const value = s.input.value;
        const repeated = { ...s.headers, [name]: [s.headers[name as keyof SignatureHeaders], s.headers[name as keyof SignatureHeaders]] };
        expect(verifyRecord(value, repeated, STORE, { ...s.input, receivedAt: RECEIVED_AT })).toMatchObject({ ok: false, reason: 'malformed-header' });
      }),
    );
  });

  it('fails in another inbox, for another revision or for another record id', () => {
    fc.assert(
      fc.property(signedArb, fc.constantFrom<AuthorityCode>(...AUTHORITIES), fc.integer({ min: 1, max: 1_000_000 }), fc.string(), (s, other, revision, recordId) => {
        fc.pre(other !== s.input.recipient && revision !== s.input.revision && recordId !== s.input.recordId);
        expect(check(s, s.input.value, { ...s.headers }, { recipient: other })).toMatchObject({ ok: false, reason: 'wrong-recipient' });
        // Even with the recipient header rewritten to match, the signature still names the first inbox.
        expect(check(s, s.input.value, { ...s.headers, 'bex-recipient': other }, { recipient: other })).toMatchObject({
          ok: false,
          reason: 'bad-signature',
        });
        expect(check(s, s.input.value, { ...s.headers }, { revision })).toMatchObject({ ok: false, reason: 'bad-signature' });
        expect(check(s, s.input.value, { ...s.headers }, { recordId })).toMatchObject({ ok: false, reason: 'bad-signature' });
      }),
    );
  });

  it('never lets a key of one authority verify a record claiming another source', () => {
    fc.assert(
      fc.property(arbitraryKey, fc.constantFrom<AuthorityCode>(...AUTHORITIES), arbitraryRecord, (key, claimed, r) => {
        fc.pre(claimed !== key.authority);
        const input: RecordToSign = { ...r, source: claimed, signedAt: SIGNED_AT };
        const { headers } = signRecord(input, PRIVATE.get(key.keyId)!, key.keyId);
        expect(verifyRecord(r.value, headers, STORE, { ...r, receivedAt: RECEIVED_AT })).toMatchObject({ ok: false, reason: 'source-mismatch' });
        // Naming one of the claimed source's own key ids does not help either.
        const theirs = KEYS.find((k) => k.authority === claimed);
        if (theirs) {
          const forged = signRecord(input, PRIVATE.get(key.keyId)!, theirs.keyId).headers;
          expect(verifyRecord(r.value, forged, STORE, { ...r, receivedAt: RECEIVED_AT })).toMatchObject({ ok: false, reason: 'bad-signature' });
        }
      }),
    );
  });

  it('checks the source named in the decoded record against the header', () => {
    const s = signWith(KEYS[0]!, { recipient: 'VN', recordId: 'r', revision: 1, value: Buffer.from('v') });
    expect(check(s, s.input.value, { ...s.headers }, { source: 'VN' })).toMatchObject({ ok: false, reason: 'source-mismatch' });
    expect(check(s, s.input.value, { ...s.headers }, { source: 'LA' })).toMatchObject({ ok: true });
  });

  it('accepts both keys of an authority during a rotation', () => {
    for (const keyId of ['la-2025-01', 'la-2026-02']) {
      const s = signWith({ authority: 'LA', keyId }, { recipient: 'VN', recordId: 'r', revision: 3, value: Buffer.from('v') });
      expect(check(s)).toMatchObject({ ok: true, source: 'LA', keyId });
    }
  });

  it('judges key validity at the signing time bound into the signature', () => {
    const publicKey = devPublicKey('LA', 'la-2025-01');
    const store = createTrustStore([
      { authority: 'LA', key: { keyId: 'la-2025-01', publicKey, validFrom: new Date('2025-01-01T00:00:00Z'), validUntil: new Date('2026-03-01T00:00:00Z') } },
    ]);
    const sign = (signedAt: Date) =>
      signRecord({ source: 'LA', recipient: 'VN', recordId: 'r', revision: 1, value: Buffer.from('v'), signedAt }, PRIVATE.get('la-2025-01')!, 'la-2025-01')
        .headers;
    // Received just after validUntil, inside the grace: only the signing time decides here.
    const expected = { recipient: 'VN' as const, recordId: 'r', revision: 1, receivedAt: new Date('2026-03-01T00:00:01Z') };
    expect(verifyRecord(Buffer.from('v'), sign(new Date('2026-02-28T23:59:59.999Z')), store, expected)).toMatchObject({ ok: true });
    expect(verifyRecord(Buffer.from('v'), sign(new Date('2026-03-01T00:00:00Z')), store, expected)).toMatchObject({ reason: 'key-not-valid' });
    expect(verifyRecord(Buffer.from('v'), sign(new Date('2024-12-31T00:00:00Z')), store, expected)).toMatchObject({ reason: 'key-not-valid' });
  });

  describe('a revoked key', () => {
    const REVOKED_AT = new Date('2026-06-15T12:00:00.000Z');
    const publicKey = devPublicKey('LA', 'la-2025-01');
    const store = createTrustStore([{ authority: 'LA', key: { keyId: 'la-2025-01', publicKey, revokedAt: REVOKED_AT } }]);
    const received = (receivedAt: Date, signedAt = SIGNED_AT) => {
      const value = Buffer.from('v');
      const { headers } = signRecord({ source: 'LA', recipient: 'VN', recordId: 'r', revision: 1, value, signedAt }, PRIVATE.get('la-2025-01')!, 'la-2025-01');
      return verifyRecord(value, headers, store, { recipient: 'VN', recordId: 'r', revision: 1, receivedAt });
    };

    it('verifies what is received up to the instant before revocation', () => {
      expect(received(new Date(REVOKED_AT.getTime() - 1))).toMatchObject({ ok: true, keyId: 'la-2025-01', signedAt: SIGNED_AT });
    });

    it('refuses what is received at or after revocation, even when signed long before it', () => {
      // SIGNED_AT is four hours before the revocation: the leaked key backdated the record.
      expect(SIGNED_AT.getTime()).toBeLessThan(REVOKED_AT.getTime());
      expect(received(REVOKED_AT)).toMatchObject({ ok: false, reason: 'key-revoked' });
      expect(received(new Date('2027-01-01T00:00:00.000Z'), new Date('2020-01-01T00:00:00.000Z'))).toMatchObject({ ok: false, reason: 'key-revoked' });
    });

    it('leaves other keys of the authority alone', () => {
      const rotated = createTrustStore([
        { authority: 'LA', key: { keyId: 'la-2025-01', publicKey, revokedAt: REVOKED_AT } },
        { authority: 'LA', key: { keyId: 'la-2026-02', publicKey: devPublicKey('LA', 'la-2026-02') } },
      ]);
      const s = signWith({ authority: 'LA', keyId: 'la-2026-02' }, { recipient: 'VN', recordId: 'r', revision: 1, value: Buffer.from('v') });
      const after = new Date(REVOKED_AT.getTime() + 60_000);
      expect(verifyRecord(s.input.value, s.headers, rotated, { recipient: 'VN', recordId: 'r', revision: 1, receivedAt: after })).toMatchObject({ ok: true });
    });
  });

  describe('a key past its validUntil and the grace', () => {
    // What the holder of a retired key can try: write a bex-signed-at inside the key's validity.
    const VALID_UNTIL = new Date('2026-03-01T00:00:00.000Z');
    const DAY = 24 * 60 * 60 * 1000;
    const EDGE = new Date(VALID_UNTIL.getTime() + DAY);
    const publicKey = devPublicKey('LA', 'la-2025-01');
    const storeWith = (expiryGraceMs?: number) =>
      createTrustStore([
        { authority: 'LA', key: { keyId: 'la-2025-01', publicKey, validUntil: VALID_UNTIL, ...(expiryGraceMs === undefined ? {} : { expiryGraceMs }) } },
        { authority: 'LA', key: { keyId: 'la-2026-02', publicKey: devPublicKey('LA', 'la-2026-02') } },
      ]);
    const received = (receivedAt: Date, signedAt: Date, store = storeWith(), keyId = 'la-2025-01') => {
      const value = Buffer.from('v');
      const { headers } = signRecord({ source: 'LA', recipient: 'VN', recordId: 'r', revision: 1, value, signedAt }, devPrivateKey('LA', keyId), keyId);
      return verifyRecord(value, headers, store, { recipient: 'VN', recordId: 'r', revision: 1, receivedAt });
    };
    const BACKDATED = new Date(VALID_UNTIL.getTime() - 60_000);

    it('still takes a record signed in time that arrives within 24 hours of validUntil (a late batch)', () => {
      expect(received(new Date(EDGE.getTime() - 1), BACKDATED)).toMatchObject({ ok: true, keyId: 'la-2025-01' });
    });

    it('refuses a backdated signature arriving exactly at the end of the grace, and any time after', () => {
      expect(received(EDGE, BACKDATED)).toMatchObject({ ok: false, reason: 'key-expired' });
      expect(received(new Date('2027-06-01T00:00:00.000Z'), new Date('2025-06-01T00:00:00.000Z'))).toMatchObject({ ok: false, reason: 'key-expired' });
    });

    it('refuses a signing time in the future as well, whether past validUntil or ahead of the receiver', () => {
      // Dated after validUntil but inside the grace: the signing time itself is outside the key's validity.
      expect(received(new Date(EDGE.getTime() - 1), new Date(EDGE.getTime() - 1))).toMatchObject({ ok: false, reason: 'key-not-valid' });
      // Dated years ahead and received after the grace: expiry is named, not the clock skew.
      expect(received(new Date(EDGE.getTime() + 1), new Date('2030-01-01T00:00:00.000Z'))).toMatchObject({ ok: false, reason: 'key-expired' });
    });

    it('refuses whatever the signing time, once the grace is over', () => {
      fc.assert(
        fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }), fc.nat({ max: 10 * 365 * DAY }), (signedAt, after) => {
          expect(received(new Date(EDGE.getTime() + after), signedAt).ok).toBe(false);
        }),
        { numRuns: 50 },
      );
    });

    it('follows the grace the trust-store entry sets, down to none at all', () => {
      const noGrace = storeWith(0);
      expect(received(new Date(VALID_UNTIL.getTime() - 1), BACKDATED, noGrace)).toMatchObject({ ok: true });
      expect(received(VALID_UNTIL, BACKDATED, noGrace)).toMatchObject({ ok: false, reason: 'key-expired' });
      const week = storeWith(7 * DAY);
      expect(received(new Date(VALID_UNTIL.getTime() + 7 * DAY - 1), BACKDATED, week)).toMatchObject({ ok: true });
      expect(received(new Date(VALID_UNTIL.getTime() + 7 * DAY), BACKDATED, week)).toMatchObject({ ok: false, reason: 'key-expired' });
    });

    it('leaves the successor key, and keys without validUntil, alone', () => {
      const later = new Date('2028-01-01T00:00:00.000Z');
      expect(received(later, later, storeWith(), 'la-2026-02')).toMatchObject({ ok: true, keyId: 'la-2026-02' });
    });
  });

  describe('a signing time ahead of the receiver', () => {
    const at = (ms: number) => new Date(SIGNED_AT.getTime() - ms);
    const s = signWith(KEYS[0]!, { recipient: 'VN', recordId: 'r', revision: 1, value: Buffer.from('v') });
    const FIVE_MINUTES = 5 * 60 * 1000;

    it('is accepted up to five minutes ahead by default', () => {
      expect(check(s, s.input.value, { ...s.headers }, { receivedAt: at(FIVE_MINUTES) })).toMatchObject({ ok: true });
    });

    it('is refused beyond five minutes ahead by default', () => {
      expect(check(s, s.input.value, { ...s.headers }, { receivedAt: at(FIVE_MINUTES + 1) })).toMatchObject({ ok: false, reason: 'signed-in-future' });
      expect(check(s, s.input.value, { ...s.headers }, { receivedAt: at(24 * 60 * 60 * 1000) })).toMatchObject({ ok: false, reason: 'signed-in-future' });
    });

    it('follows a skew the caller sets', () => {
      expect(check(s, s.input.value, { ...s.headers }, { receivedAt: at(1_000), maxClockSkewMs: 0 })).toMatchObject({ reason: 'signed-in-future' });
      expect(check(s, s.input.value, { ...s.headers }, { receivedAt: at(0), maxClockSkewMs: 0 })).toMatchObject({ ok: true });
      expect(check(s, s.input.value, { ...s.headers }, { receivedAt: at(FIVE_MINUTES * 2), maxClockSkewMs: FIVE_MINUTES * 2 })).toMatchObject({ ok: true });
    });

    it('refuses to judge by a broken clock rather than accept by it', () => {
      expect(() => check(s, s.input.value, { ...s.headers }, { receivedAt: new Date(Number.NaN) })).toThrow(/receivedAt/);
      expect(() => check(s, s.input.value, { ...s.headers }, { maxClockSkewMs: -1 })).toThrow(/maxClockSkewMs/);
      expect(() => check(s, s.input.value, { ...s.headers }, { maxClockSkewMs: Number.NaN })).toThrow(/maxClockSkewMs/);
    });
  });

  it('names an unknown key, an unknown source and absent headers', () => {
    const s = signWith(KEYS[2]!, { recipient: 'LA', recordId: 'r', revision: 1, value: Buffer.from('v') });
    expect(check(s, s.input.value, { ...s.headers, 'bex-key-id': 'vn-2099-01' })).toMatchObject({ reason: 'unknown-key' });
    expect(check(s, s.input.value, { ...s.headers, 'bex-source': 'XX' })).toMatchObject({ reason: 'malformed-header' });
    expect(verifyRecord(s.input.value, undefined, STORE, { ...s.input, receivedAt: RECEIVED_AT })).toMatchObject({ reason: 'missing-signature' });
  });

  it('refuses to sign with anything but an Ed25519 private key', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
    const input: RecordToSign = { source: 'LA', recipient: 'VN', recordId: 'r', revision: 1, value: Buffer.from('v') };
    expect(() => signRecord(input, rsa, 'la-x')).toThrow(/ed25519/);
    expect(() => signRecord(input, devPublicKey('LA', 'la-2025-01'), 'la-x')).toThrow(/ed25519 private/);
    expect(() => signRecord(input, PRIVATE.get('la-2025-01')!, 'LA KEY')).toThrow(/key id/);
  });
});
