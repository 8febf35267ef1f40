import { GATE_CODE, integerParam, oneOfParam, ParamReader, paramSchema, required, textParam } from './query-params';
import { EARLIEST_TIME_MS, LATEST_TIME_MS } from '@bex/schemas';

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

  it('reads every parameter of a spec, with defaults, and reads instants within the years records hold, 1900 to 2200', () => {
    const specs = { gate: textParam(GATE_CODE, 'a gate code', 'Gate'), limit: integerParam(1, 100, 25, 'Page size'), kind: required(oneOfParam(['a', 'b'], 'Kind')) };
    const p = new ParamReader({ gate: 'LA-BTN', kind: 'b' });
    expect(p.read(specs)).toEqual({ gate: 'LA-BTN', limit: 25, kind: 'b' });
    const q = new ParamReader({ from: '1900-01-01', to: '2200-12-31T23:59:59.999Z', at: '2200-12-31' });
    expect([q.instant('from'), q.instant('to'), q.instant('at')]).toEqual([EARLIEST_TIME_MS, LATEST_TIME_MS, Date.UTC(2200, 11, 31)]);
    const outside = new ParamReader({ a: '0000-01-01', b: '1899-12-31T23:59:59Z', c: '2201-01-01', d: '9999-12-31T23:59:59-23:59', e: '1900-01-01T00:00:00+01:00' });
    for (const name of ['a', 'b', 'c', 'd', 'e']) expect([name, outside.instant(name)]).toEqual([name, undefined]);
    expect(outside.errors.map((e) => e.message)).toEqual(Array(5).fill('must be an ISO-8601 date (2025-11-10) or date-time with a time zone (2025-11-10T08:30:00Z), in the years 1900 to 2200'));
  });

  it('takes integers only as JSON writes them, as the document says', () => {
    for (const bad of ['05', '+5', '1e1', '5.0', ' 5']) expect([bad, new ParamReader({ limit: bad }).integer('limit', 1, 100)]).toEqual([bad, undefined]);
  });

  it('gives the OpenAPI document each spec as a JSON Schema', () => {
    expect(paramSchema(textParam(GATE_CODE, 'a gate code', 'Gate'))).toEqual({ type: 'string', pattern: '^[A-Z]{2}-[A-Z]{3}$' });
    expect(paramSchema(integerParam(1, 100, 25, 'Page size'))).toEqual({ type: 'integer', minimum: 1, maximum: 100, default: 25 });
  });
});
