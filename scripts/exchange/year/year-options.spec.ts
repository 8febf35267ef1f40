import { demoYearOptions } from './year-options';

describe('the demo year\'s size', () => {
  it('defaults to scale 1 and seed 2026, and names the variable it refuses', () => {
    expect(demoYearOptions({})).toEqual({ scale: 1, seed: 2026 });
    expect(demoYearOptions({ BEX_DEMO_YEAR_SCALE: '0', BEX_DEMO_SEED: '7' })).toEqual({ scale: 0, seed: 7 });
    expect(() => demoYearOptions({ BEX_DEMO_YEAR_SCALE: 'lots' })).toThrow(/BEX_DEMO_YEAR_SCALE/);
    expect(() => demoYearOptions({ BEX_DEMO_YEAR_SCALE: '50' })).toThrow(/BEX_DEMO_YEAR_SCALE/);
    expect(() => demoYearOptions({ BEX_DEMO_SEED: '-1' })).toThrow(/BEX_DEMO_SEED/);
  });
});
