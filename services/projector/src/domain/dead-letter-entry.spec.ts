import { digestOf, keepsBytes } from './dead-letter-entry';

describe('dead letter content', () => {
  it('keeps bytes only of records that could not be decoded or verified', () => {
    for (const reason of ['decode-wire-bad-magic', 'signature-bad-signature', 'signature-unknown-key', 'unknown-topic']) expect(keepsBytes(reason)).toBe(true);
    for (const reason of ['agreement-outside-gate-scope', 'agreement-unredacted', 'agreement-wrong-recipient', 'wrong-topic', 'agreement-tombstone-not-held', 'signature-wrong-recipient', 'record-id-of-own-record']) {
      expect(keepsBytes(reason)).toBe(false);
    }
  });

  it('digests with SHA-256 and the length', () => {
    expect(digestOf(Buffer.from('abc'))).toEqual({ valueLength: 3, valueSha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' });
    expect(digestOf(null)).toEqual({ valueLength: 0, valueSha256: null });
  });
});
