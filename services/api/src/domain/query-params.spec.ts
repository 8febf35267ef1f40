import { GATE_CODE, ParamReader } from './query-params';

describe('ParamReader', () => {
  it('reads dates as UTC midnight, date-times with their zone, and bounded integers', () => {
    const p = new ParamReader({ at: '2025-11-10', from: '2025-11-10T08:30:00+07:00', limit: '100' });
    expect(p.instant('at')).toBe(Date.UTC(2025, 10, 10));
    expect(p.instant('from')).toBe(Date.UTC(2025, 10, 10, 1, 30));
    expect(p.integer('limit', 1, 100)).toBe(100);
    p.rejectUnknown();
    expect(p.errors).toEqual([]);
  });

  it('names every bad, repeated, missing and unknown parameter at once', () => {
    const p = new ParamReader({ at: '2025-02-30', limit: '101', gate: ['LA-BTN', 'LA-DTO'], gaet: 'LA-BTN', kind: 'x' });
    p.instant('at');
    p.integer('limit', 1, 100);
    p.string('gate', GATE_CODE, 'a gate code');
    p.oneOf('kind', ['month', 'gate']);
    p.required('groupBy', p.oneOf('groupBy', ['month']));
    p.rejectUnknown();
    expect(p.errors.map((e) => e.path)).toEqual(['at', 'limit', 'gate', 'kind', 'groupBy', 'gaet']);
    expect(p.errors.find((e) => e.path === 'gate')!.message).toBe('must be given once');
  });

  it('refuses gate codes that are not two letters, a dash and three letters', () => {
    for (const bad of ['la-btn', 'LA-BTNX', 'LA BTN', '{"$ne":1}']) expect(GATE_CODE.test(bad)).toBe(false);
    expect(GATE_CODE.test('LA-DTO')).toBe(true);
  });
});
