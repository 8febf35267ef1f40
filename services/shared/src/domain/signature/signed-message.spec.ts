import fc from 'fast-check';
import { isAppError } from '../../errors/app-error';
import { SIGNATURE_DOMAIN_TAG, signedMessage, type SignedFields } from './signed-message';

const base: SignedFields = {
  keyId: 'la-2025-01',
  source: 'LA',
  recipient: 'VN',
  recordId: 'r1',
  revision: 1,
  signedAt: '2026-06-15T00:00:00.000Z',
  value: Buffer.from([0, 0, 0, 0, 1, 2]),
};

const fields = fc.record({
  keyId: fc.string(),
  source: fc.string(),
  recipient: fc.string(),
  recordId: fc.string(),
  revision: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
  signedAt: fc.string(),
  value: fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b)),
});

describe('signedMessage', () => {
  it('starts with the length-prefixed domain tag', () => {
    const tag = Buffer.from(SIGNATURE_DOMAIN_TAG);
    expect(signedMessage(base).subarray(0, 4 + tag.length)).toEqual(Buffer.concat([Buffer.from([0, 0, 0, tag.length]), tag]));
  });

  it('does not let bytes slide from one field into the next', () => {
    expect(signedMessage({ ...base, source: 'LA', recipient: 'VN' })).not.toEqual(signedMessage({ ...base, source: 'L', recipient: 'AVN' }));
    expect(signedMessage({ ...base, recordId: 'r1', value: Buffer.from('x') })).not.toEqual(
      signedMessage({ ...base, recordId: 'r1x', value: Buffer.alloc(0) }),
    );
  });

  it('gives different messages for any two different field sets', () => {
    fc.assert(
      fc.property(fields, fields, (a, b) => {
        fc.pre(JSON.stringify(a) !== JSON.stringify(b));
        expect(signedMessage(a).equals(signedMessage(b))).toBe(false);
      }),
    );
  });

  it.each([0, -1, 1.5, Number.NaN, 2 ** 53])('refuses revision %p', (revision) => {
    let caught: unknown;
    try {
      signedMessage({ ...base, revision });
    } catch (err) {
      caught = err;
    }
    expect(isAppError(caught, 'signature-bad-revision')).toBe(true);
  });
});
