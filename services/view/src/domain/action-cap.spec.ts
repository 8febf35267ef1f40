import { withinActionCap } from './action-cap';

describe('ACTIONED receipts one partner may make a source keep about one record', () => {
  it('keeps the first ones up to the cap and returns the rest to be counted', () => {
    expect(withinActionCap(0, ['a', 'b', 'c'], 2)).toEqual({ kept: ['a', 'b'], beyond: ['c'] });
    expect(withinActionCap(2, ['a'], 2)).toEqual({ kept: [], beyond: ['a'] });
    expect(withinActionCap(5, ['a'], 2)).toEqual({ kept: [], beyond: ['a'] });
    expect(withinActionCap(1, ['a'], 2)).toEqual({ kept: ['a'], beyond: [] });
  });
});
