import { findAgreement, isInForce, type Agreement } from './agreement';

const base: Agreement = {
  source: 'LA',
  recipient: 'VN',
  recordTypes: ['PolicyChange'],
  maxHandlingCode: 'H0',
  removePaths: [],
  validFrom: new Date('2025-01-01T00:00:00Z'),
  validUntil: new Date('2026-01-01T00:00:00Z'),
  legalBasis: 'test',
  file: 'la-to-vn.json',
};

describe('agreement validity and lookup', () => {
  it('is in force from validFrom up to, not including, validUntil', () => {
    expect(isInForce(base, new Date('2024-12-31T23:59:59.999Z'))).toBe(false);
    expect(isInForce(base, new Date('2025-01-01T00:00:00Z'))).toBe(true);
    expect(isInForce(base, new Date('2025-12-31T23:59:59.999Z'))).toBe(true);
    expect(isInForce(base, new Date('2026-01-01T00:00:00Z'))).toBe(false);
  });

  it('finds the agreement of the pair in force at the given time only', () => {
    const other: Agreement = { ...base, recipient: 'CN', file: 'la-to-cn.json' };
    const at = new Date('2025-06-01T00:00:00Z');
    expect(findAgreement([other, base], 'LA', 'VN', at)).toBe(base);
    expect(findAgreement([other, base], 'VN', 'LA', at)).toBeUndefined();
    expect(findAgreement([other, base], 'LA', 'VN', new Date('2027-01-01T00:00:00Z'))).toBeUndefined();
  });
});
