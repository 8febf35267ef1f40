import fc from 'fast-check';
import { digitRange } from './digit-range';

describe('digitRange', () => {
  it('matches exactly the numbers of the range, at every width up to five digits', () => {
    const range = fc.integer({ min: 1, max: 5 }).chain((width) => fc.tuple(fc.constant(width), fc.integer({ min: 0, max: 10 ** width - 1 }), fc.integer({ min: 0, max: 10 ** width - 1 })));
    fc.assert(fc.property(range, fc.integer({ min: 0, max: 99_999 }), ([width, a, b], probe) => {
      const [low, high] = [Math.min(a, b), Math.max(a, b)];
      const text = (n: number) => String(n).padStart(width, '0');
      const pattern = new RegExp(`^${digitRange(text(low), text(high))}$`);
      const n = probe % 10 ** width;
      expect(pattern.test(text(n))).toBe(n >= low && n <= high);
      expect([pattern.test(text(low)), pattern.test(text(high))]).toEqual([true, true]);
    }), { numRuns: 500 });
  });

  it('refuses ranges of unequal width or upside down', () => {
    expect(() => digitRange('99', '100')).toThrow();
    expect(() => digitRange('20', '10')).toThrow();
  });
});
