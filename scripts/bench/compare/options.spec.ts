import { OptionError, readCompareOptions, STAGES } from './options';

describe('bench:compare options', () => {
  it('defaults to the full run on a throwaway stack, every stage', () => {
    const o = readCompareOptions([]);
    expect(o).toMatchObject({ quick: false, stack: 'throwaway', records: 20_000, rates: [20, 50, 100], rebuildRecords: 100_000, lookupSizes: [100_000], lookupRate: 300, apiConcurrency: 16, out: 'bench-results' });
    expect(o.stages).toEqual([...STAGES]);
  });
  it('--quick shrinks every stage; a flag still wins', () => {
    const o = readCompareOptions(['--quick', '--records=500']);
    expect(o).toMatchObject({ quick: true, records: 500, rebuildRecords: 3_000, lookupSizes: [5_000], rateDurationS: 5 });
  });
  it('--grow takes lookup and rebuild to a million seizures', () => {
    expect(readCompareOptions(['--grow'])).toMatchObject({ rebuildRecords: 1_000_000, lookupSizes: [100_000, 1_000_000] });
  });
  it('sorts lists and keeps stages in run order; the projector brings the relay along', () => {
    const o = readCompareOptions(['--rates=100,20', '--stages=projector,api']);
    expect(o.rates).toEqual([20, 100]);
    expect(o.stages).toEqual(['api', 'relay', 'projector']);
  });
  it('refuses unknown flags, out-of-range numbers and unknown stages', () => {
    expect(() => readCompareOptions(['--recrods=5'])).toThrow(OptionError);
    expect(() => readCompareOptions(['--records=0'])).toThrow(/--records/);
    expect(() => readCompareOptions(['--stack=elsewhere'])).toThrow(/--stack/);
    expect(() => readCompareOptions(['--stages=api,soak'])).toThrow(/soak/);
    expect(() => readCompareOptions(['quick'])).toThrow(/unexpected argument/);
  });
});
