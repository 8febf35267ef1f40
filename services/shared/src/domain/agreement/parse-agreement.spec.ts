import { DEFAULT_AGREEMENT_LIMITS, limitsOf } from './limits';
import { checkAgreementSet, parseAgreement } from './parse-agreement';

const good = {
  source: 'LA',
  recipient: 'VN',
  recordTypes: ['SeizureCase', 'PolicyChange'],
  maxHandlingCode: 'H2',
  removePaths: ['persons[].fullName', 'conveyance.vin'],
  gateScope: ['LA-DANSAVANH'],
  validFrom: '2025-01-01',
  validUntil: '2027-12-31',
  legalBasis: 'MoU',
};

function errorsOf(json: unknown, file = 'la-to-vn.json'): string[] {
  const parsed = parseAgreement(json, file);
  return parsed.ok ? [] : parsed.errors;
}

describe('parseAgreement', () => {
  it('reads a valid file, with validUntil the whole last day', () => {
    const parsed = parseAgreement(good, 'la-to-vn.json');
    expect(parsed).toMatchObject({ ok: true, agreement: { source: 'LA', recipient: 'VN', gateScope: ['LA-DANSAVANH'], file: 'la-to-vn.json' } });
    if (!parsed.ok) return;
    expect(parsed.agreement.validFrom.toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(parsed.agreement.validUntil.toISOString()).toBe('2028-01-01T00:00:00.000Z');
  });

  it('leaves gateScope out when the file has none', () => {
    const { gateScope: _omit, ...rest } = good;
    const parsed = parseAgreement(rest, 'la-to-vn.json');
    expect(parsed.ok && 'gateScope' in parsed.agreement).toBe(false);
  });

  it('refuses H3 naming the file and the field', () => {
    expect(errorsOf({ ...good, maxHandlingCode: 'H3' })).toEqual([
      'la-to-vn.json: maxHandlingCode: must be one of H0, H1, H2 (H3 never leaves its source)',
    ]);
  });

  it('collects every error, not just the first', () => {
    const errors = errorsOf(
      {
        source: 'XX',
        recipient: 'VN',
        recordTypes: ['SeizureCase', 'Parcel', 'SeizureCase'],
        maxHandlingCode: 'H3',
        removePaths: ['persons[]', 'meta.source'],
        gateScope: [],
        validFrom: '2025-02-30',
        validUntil: '2024-01-01',
        removePath: ['narrative'],
      },
      'la-to-vn.json',
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^la-to-vn\.json: removePath: unknown field/),
        expect.stringMatching(/^la-to-vn\.json: source: must be one of LA, VN, CN, TH, KH/),
        expect.stringMatching(/^la-to-vn\.json: recordTypes\[1\]: "Parcel"/),
        expect.stringMatching(/^la-to-vn\.json: recordTypes: "SeizureCase" is listed twice/),
        expect.stringMatching(/^la-to-vn\.json: maxHandlingCode:/),
        expect.stringMatching(/^la-to-vn\.json: removePaths\[0\]: "persons\[\]" must end on a field/),
        expect.stringMatching(/^la-to-vn\.json: removePaths\[1\]: "meta.source" meta cannot be removed/),
        expect.stringMatching(/^la-to-vn\.json: gateScope:/),
        expect.stringMatching(/^la-to-vn\.json: validFrom: must be a calendar date/),
        expect.stringMatching(/^la-to-vn\.json: legalBasis:/),
      ]),
    );
    expect(errors).toHaveLength(10);
  });

  it('requires the file name to match source and recipient', () => {
    expect(errorsOf(good, 'la-to-cn.json')).toEqual(['la-to-cn.json: recipient: "VN" does not match the file name']);
    expect(errorsOf(good, 'LA-to-VN.json')).toEqual([expect.stringMatching(/^LA-to-VN\.json: file name: must be <source>-to-<recipient>\.json/)]);
  });

  it('requires validFrom before validUntil and source different from recipient', () => {
    expect(errorsOf({ ...good, validUntil: '2025-01-01' })).toEqual(['la-to-vn.json: validUntil: must be later than validFrom']);
    expect(errorsOf({ ...good, recipient: 'LA' }, 'la-to-la.json')).toEqual([expect.stringMatching(/recipient: must differ from source/)]);
  });

  it('reads limits, filling the one a file leaves out with its default, and takes the defaults for a file without limits', () => {
    const parsed = parseAgreement({ ...good, limits: { produceBytesPerSecond: 65_536 } }, 'la-to-vn.json');
    expect(parsed).toMatchObject({ ok: true, agreement: { limits: { produceBytesPerSecond: 65_536, requestPercentage: DEFAULT_AGREEMENT_LIMITS.requestPercentage } } });
    const plain = parseAgreement(good, 'la-to-vn.json');
    expect(plain.ok && 'limits' in plain.agreement).toBe(false);
    expect(plain.ok && limitsOf(plain.agreement)).toEqual(DEFAULT_AGREEMENT_LIMITS);
  });

  it.each([
    ['a rate below 1 KiB/s', { produceBytesPerSecond: 1023 }, /limits\.produceBytesPerSecond: must be a whole number from 1024/],
    ['a rate written as text', { produceBytesPerSecond: '1MB' }, /limits\.produceBytesPerSecond: must be a whole number/],
    ['a fractional percentage', { requestPercentage: 12.5 }, /limits\.requestPercentage: must be a whole number from 1 to 1000/],
    ['a percentage of 0', { requestPercentage: 0 }, /limits\.requestPercentage: must be a whole number/],
    ['a misspelt field', { produceBytesPerSec: 4096 }, /limits\.produceBytesPerSec: unknown field/],
    ['a list', [4096], /limits: when present, must be an object/],
  ])('refuses limits with %s, naming the file and the field', (_, limits, message) => {
    expect(errorsOf({ ...good, limits })).toEqual([expect.stringMatching(message)]);
    expect(errorsOf({ ...good, limits })[0]).toMatch(/^la-to-vn\.json: /);
  });

  it('refuses what is not an object', () => {
    expect(errorsOf([good])).toEqual(['la-to-vn.json: must be a JSON object']);
  });

  it('finds a pair agreed twice', () => {
    const a = parseAgreement(good, 'la-to-vn.json');
    if (!a.ok) throw new Error('expected valid');
    expect(checkAgreementSet([a.agreement, { ...a.agreement, file: 'copy/la-to-vn.json' }])).toEqual([
      'copy/la-to-vn.json: source/recipient: LA→VN is already agreed in la-to-vn.json',
    ]);
  });
});
