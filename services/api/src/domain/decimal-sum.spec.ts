import { formatDecimal, parseDecimal, sumDecimals } from './decimal-sum';

describe('decimal sums', () => {
  it('adds exactly where floats would not', () => {
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.3');
    expect(sumDecimals(['1200000', '0.001', '38.5'])).toBe('1200038.501');
    expect(sumDecimals(['9007199254740993', '1'])).toBe('9007199254740994');
  });

  it('writes whole numbers without a point and drops trailing zeros', () => {
    expect(formatDecimal(parseDecimal('12.450')!)).toBe('12.45');
    expect(formatDecimal(parseDecimal('7.000')!)).toBe('7');
    expect(sumDecimals([])).toBe('0');
  });

  it('reads only decimal strings of scale 3 at most', () => {
    for (const bad of ['-1', '1e3', '1.2345', '.5', '', '1,5']) expect(parseDecimal(bad)).toBeUndefined();
  });
});
