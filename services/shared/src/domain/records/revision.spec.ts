import fc from 'fast-check';
import { isNewerRevision, latestPerRecord } from './revision';

describe('revision rule', () => {
  it('applies only a strictly newer revision', () => {
    expect(isNewerRevision(1, undefined)).toBe(true);
    expect(isNewerRevision(2, 1)).toBe(true);
    expect(isNewerRevision(2, 2)).toBe(false);
    expect(isNewerRevision(1, 2)).toBe(false);
  });

  it('any order, duplicates included, boils down to the highest revision per record', () => {
    const delivery = fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'c'), revision: fc.integer({ min: 1, max: 9 }) }), { minLength: 1 });
    fc.assert(
      fc.property(delivery, (items) => {
        const result = latestPerRecord(items, (i) => i.id, (i) => i.revision);
        for (const id of new Set(items.map((i) => i.id))) {
          const max = Math.max(...items.filter((i) => i.id === id).map((i) => i.revision));
          expect(result.filter((r) => r.id === id)).toEqual([{ id, revision: max }]);
        }
      }),
    );
  });
});
