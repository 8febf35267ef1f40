import fc from 'fast-check';
import { budgetGroups, budgetHour, keptWhole } from './dead-letter-budget';

const at = (iso: string) => new Date(iso);

describe('a source\'s dead letters are kept whole up to its hourly budget', () => {
  it('groups a batch by claimed source and hour, keeping the order', () => {
    const letters = [
      { id: 1, claimedSource: 'VN', receivedAt: at('2026-12-08T01:59:59Z') },
      { id: 2, claimedSource: 'unattributed', receivedAt: at('2026-12-08T01:00:00Z') },
      { id: 3, claimedSource: 'VN', receivedAt: at('2026-12-08T01:10:00Z') },
      { id: 4, claimedSource: 'VN', receivedAt: at('2026-12-08T02:00:00Z') },
    ];
    const groups = [...budgetGroups(letters).values()].map((g) => ({ source: g.source, hour: g.hour, ids: g.letters.map((l) => l.id) }));
    expect(groups).toEqual([
      { source: 'VN', hour: '2026-12-08T01', ids: [1, 3] },
      { source: 'unattributed', hour: '2026-12-08T01', ids: [2] },
      { source: 'VN', hour: '2026-12-08T02', ids: [4] },
    ]);
    expect(budgetHour(at('2026-12-08T23:59:59.999Z'))).toBe('2026-12-08T23');
  });

  it('never keeps more than the budget in an hour, however the letters arrive in batches', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(50), { maxLength: 40 }), fc.nat(200), (batches, perHour) => {
        let used = 0;
        let kept = 0;
        for (const size of batches) {
          const fit = keptWhole(used, size, perHour);
          expect(fit).toBeGreaterThanOrEqual(0);
          expect(fit).toBeLessThanOrEqual(size);
          kept += fit;
          used += size;
        }
        const total = batches.reduce((a, b) => a + b, 0);
        expect(kept).toBe(Math.min(total, perHour));
      }),
    );
  });
});
