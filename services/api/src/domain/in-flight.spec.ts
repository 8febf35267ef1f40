import fc from 'fast-check';
import { InFlightLimit } from './in-flight';

describe('in-flight limit per key', () => {
  it('admits up to the ceiling per key, then refuses until one leaves', () => {
    const limit = new InFlightLimit(2);
    expect([limit.tryEnter('a'), limit.tryEnter('a'), limit.tryEnter('a')]).toEqual([true, true, false]);
    // Another key has a ceiling of its own.
    expect(limit.tryEnter('b')).toBe(true);
    limit.leave('a');
    expect(limit.tryEnter('a')).toBe(true);
    expect(limit.tryEnter('a')).toBe(false);
  });

  it('forgets a key once nothing of it is in hand', () => {
    const limit = new InFlightLimit(1);
    limit.tryEnter('a');
    expect(limit.keys).toBe(1);
    limit.leave('a');
    expect([limit.keys, limit.of('a')]).toEqual([0, 0]);
  });

  it('refuses a ceiling that is not a positive integer', () => {
    expect(() => new InFlightLimit(0)).toThrow(/positive integer/);
    expect(() => new InFlightLimit(1.5)).toThrow(/positive integer/);
  });

  it('never holds more than the ceiling of a key, and counts exactly what was admitted and not yet done', () => {
    const step = fc.record({ key: fc.constantFrom('a', 'b', 'c'), enter: fc.boolean() });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(step, { maxLength: 60 }), (max, steps) => {
        const limit = new InFlightLimit(max);
        const held = new Map<string, number>();
        for (const { key, enter } of steps) {
          const n = held.get(key) ?? 0;
          if (enter) {
            expect(limit.tryEnter(key)).toBe(n < max);
            if (n < max) held.set(key, n + 1);
          } else if (n > 0) {
            // Only admitted requests leave, as the route's finally does.
            limit.leave(key);
            held.set(key, n - 1);
          }
          expect(limit.of(key)).toBe(held.get(key) ?? 0);
          expect(limit.of(key)).toBeLessThanOrEqual(max);
        }
        expect(limit.keys).toBe([...held.values()].filter((n) => n > 0).length);
      }),
    );
  });
});
