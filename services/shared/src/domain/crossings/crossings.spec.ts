import { GATES } from '@bex/schemas';
import { CROSSING_CODE, CROSSINGS, crossingNamed, crossingOfGate, otherSides } from './crossings';

describe('border crossings', () => {
  it('pair gates of two countries that exist, each gate on one crossing at most', () => {
    const seen = new Set<string>();
    for (const c of CROSSINGS) {
      expect(c.code).toMatch(CROSSING_CODE);
      expect(c.gates).toHaveLength(2);
      const countries = c.gates.map((g) => GATES[g as keyof typeof GATES]?.country);
      expect(countries.every(Boolean)).toBe(true);
      expect(new Set(countries).size).toBe(2);
      for (const g of c.gates) {
        expect(seen.has(g)).toBe(false);
        seen.add(g);
      }
      expect(c.code).toBe(c.gates.map((g) => g.slice(3)).join('-'));
    }
  });

  it('Mohan\'s other side is Boten; an airport is on no crossing', () => {
    expect(otherSides('CN-MHN')).toEqual(['LA-BTN']);
    expect(crossingOfGate('LA-BTN')?.code).toBe('BTN-MHN');
    expect(crossingOfGate('LA-WTY')).toBeUndefined();
    expect(otherSides('LA-WTY')).toEqual([]);
    expect(crossingNamed('DTO-NGI')?.gates).toEqual(['LA-DTO', 'VN-NGI']);
  });
});
