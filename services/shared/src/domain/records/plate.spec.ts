import { normalisePlate } from './plate';

describe('normalisePlate', () => {
  it.each([
    ['43C-123.45', '43C12345'],
    ['43c 123 45', '43C12345'],
    [' 43C–123·45 ', '43C12345'],
    ['云A·12345', '云A12345'],
    ['ກຂ 1234', 'ກຂ1234'],
    ['４３Ｃ-12345', '43C12345'],
  ])('%s -> %s', (raw, expected) => {
    expect(normalisePlate(raw)).toBe(expected);
  });
});
