// The JSON Schema of each format must describe what its check accepts: values drawn from the
// schema pass the check, and a few near misses fail both.
import fc from 'fast-check';
import type { JsonObject } from '../bundle/json';
import { FORMAT_CHECKS, KEY_FORMAT_CHECKS } from '../validate/formats';
import { EARLIEST_TIME_MS, LATEST_TIME_MS } from '../validate/bounds';
import { DATE_SCHEMA, DATE_TIME_SCHEMA, formatSchema, keyFormatSchema } from './format-schemas';

const FIELD: Record<string, JsonObject> = { decimal: { scale: 3 } };

function values(schema: JsonObject): fc.Arbitrary<unknown> {
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  if (typeof schema.pattern === 'string') return fc.stringMatching(new RegExp(schema.pattern));
  return fc.double({ min: schema.minimum as number, max: schema.maximum as number, noNaN: true });
}

function matches(schema: JsonObject, value: unknown): boolean {
  if (Array.isArray(schema.enum)) return schema.enum.includes(value as string);
  if (typeof schema.pattern === 'string') return typeof value === 'string' && new RegExp(schema.pattern, 'u').test(value);
  return typeof value === 'number' && value >= (schema.minimum as number) && value <= (schema.maximum as number);
}

describe('the JSON Schema of each format', () => {
  it.each(Object.keys(FORMAT_CHECKS))('%s: what the schema allows, the check accepts', (format) => {
    const field = FIELD[format] ?? {};
    const schema = formatSchema(format, field);
    fc.assert(fc.property(values(schema), (value) => FORMAT_CHECKS[format]!(value, field) === null), { numRuns: 200 });
  });

  it.each(Object.keys(KEY_FORMAT_CHECKS))('%s keys: what the schema allows, the check accepts', (keyFormat) => {
    fc.assert(fc.property(values(keyFormatSchema(keyFormat)), (key) => KEY_FORMAT_CHECKS[keyFormat]!(key as string) === null));
  });

  it.each([
    ['gate-code', 'XX-BTN'],
    ['gate-code', 'LA-BT'],
    ['hs-code', '980000'],
    ['decimal', '1.2345'],
    ['decimal', '-1'],
    ['uuid', 'not-a-uuid'],
    ['unit', 'KG'],
    ['information-grade', 5],
  ])('%s: %p is refused by both', (format, value) => {
    const field = FIELD[format] ?? {};
    expect([matches(formatSchema(format, field), value), FORMAT_CHECKS[format]!(value, field) === null]).toEqual([false, false]);
  });

  it('date-times: the pattern admits what parses as an instant, down to the millisecond', () => {
    const pattern = new RegExp(DATE_TIME_SCHEMA.pattern as string);
    fc.assert(fc.property(fc.date({ min: new Date('1970-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }), (d) => pattern.test(d.toISOString())));
    expect(['2026-03-01T08:30:00.1234Z', '2026-03-01T08:30Z', '2026-03-01 08:30:00Z', '2026-03-01T24:00:00Z'].filter((t) => pattern.test(t))).toEqual([]);
  });

  it('date-times: every time the pattern admits is inside the bounds validateRecord holds instants to', () => {
    const pattern = new RegExp(DATE_TIME_SCHEMA.pattern as string);
    fc.assert(fc.property(fc.stringMatching(pattern), (text) => {
      const millis = Date.parse(text);
      return Number.isNaN(millis) || (millis >= EARLIEST_TIME_MS && millis <= LATEST_TIME_MS);
    }), { numRuns: 2000 });
    const edges = ['1900-01-01T00:00:00Z', '1900-01-01T00:00:00-23:59', '2200-12-31T23:59:59.999Z', '2200-12-31T23:59:59.999+23:59', '1901-01-01T00:00:00+23:59', '2199-12-31T23:59:59-23:59'];
    expect(edges.filter((t) => !pattern.test(t))).toEqual([]);
    const outside = ['1899-12-31T23:59:59Z', '1900-01-01T00:00:00+00:01', '2200-12-31T23:59:59-00:01', '2201-01-01T00:00:00Z', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z'];
    expect(outside.filter((t) => pattern.test(t))).toEqual([]);
  });

  it('date-times: every instant inside the bounds is admitted as UTC, and at any offset in the years between', () => {
    const pattern = new RegExp(DATE_TIME_SCHEMA.pattern as string);
    fc.assert(fc.property(fc.integer({ min: EARLIEST_TIME_MS, max: LATEST_TIME_MS }), (t) => pattern.test(new Date(t).toISOString())));
    const offsetText = (minutes: number) => `${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;
    const between = fc.tuple(fc.integer({ min: Date.UTC(1901, 0, 2), max: Date.UTC(2199, 11, 30) }), fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }));
    fc.assert(fc.property(between, ([t, offset]) => pattern.test(`${new Date(t + offset * 60_000).toISOString().slice(0, 19)}${offsetText(offset)}`)));
  });

  it('dates: exactly the days of the years within the bounds', () => {
    const pattern = new RegExp(DATE_SCHEMA.pattern as string);
    fc.assert(fc.property(fc.integer({ min: EARLIEST_TIME_MS, max: LATEST_TIME_MS }), (t) => pattern.test(new Date(t).toISOString().slice(0, 10))));
    expect(['1899-12-31', '2201-01-01', '0000-01-01', '2026-13-01'].filter((d) => pattern.test(d))).toEqual([]);
  });
});
