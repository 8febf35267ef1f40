// The JSON Schema of each format must describe what its check accepts: values drawn from the
// schema pass the check, and a few near misses fail both.
import fc from 'fast-check';
import type { JsonObject } from '../bundle/json';
import { FORMAT_CHECKS, KEY_FORMAT_CHECKS } from '../validate/formats';
import { DATE_TIME_SCHEMA, formatSchema, keyFormatSchema } from './format-schemas';

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
});
