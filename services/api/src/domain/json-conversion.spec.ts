import avro from 'avsc';
import { ALL_SAMPLES } from '@bex/schemas';
import type { RecordTypeName } from '@bex/shared';
import { fromJson, toJson } from './json-conversion';
import { schemaOf } from './record-kinds';
import { parseIsoDateTime, typeWithTimestamps } from './timestamp-type';

const probe = typeWithTimestamps({
  type: 'record',
  name: 'Probe',
  fields: [
    { name: 'at', type: { type: 'long', logicalType: 'timestamp-millis' } },
    { name: 'until', type: ['null', { type: 'long', logicalType: 'timestamp-millis' }], default: null },
    { name: 'count', type: 'long' },
    { name: 'stops', type: { type: 'array', items: { type: 'record', name: 'Stop', fields: [{ name: 'seenAt', type: { type: 'long', logicalType: 'timestamp-millis' } }] } }, default: [] },
    { name: 'text', type: ['null', { type: 'map', values: 'string' }], default: null },
  ],
} as avro.Schema);

describe('fromJson', () => {
  it('turns ISO-8601 date-times into epoch millis, only where the schema says timestamp-millis', () => {
    const out = fromJson(probe, { at: '2026-03-01T08:30:00+07:00', count: 5, stops: [{ seenAt: '2026-03-01T01:30:00.250Z' }] });
    expect(out.errors).toEqual([]);
    expect(out.value).toEqual({ at: Date.UTC(2026, 2, 1, 1, 30), until: null, count: 5, stops: [{ seenAt: Date.UTC(2026, 2, 1, 1, 30, 0, 250) }], text: null });
  });

  it('reports every bad field with its path, and keeps going', () => {
    const out = fromJson(probe, { at: 1772353800000, until: '2026-02-30T00:00:00Z', stops: [{ seenAt: 'yesterday' }, 'x'], extra: 1, text: 'en' });
    expect(out.errors).toEqual([
      { path: 'at', message: expect.stringContaining('ISO-8601') },
      { path: 'until', message: expect.stringContaining('ISO-8601') },
      { path: 'count', message: 'is required' },
      { path: 'stops[0].seenAt', message: expect.stringContaining('ISO-8601') },
      { path: 'stops[1]', message: 'must be an object' },
      { path: 'text', message: 'must be an object' },
      { path: 'extra', message: 'is not a field of Probe' },
    ]);
  });

  it('quotes map keys that are not identifiers, as validateRecord does', () => {
    const out = fromJson(probe, { at: '2026-03-01T08:30:00Z', count: 1, text: { 'zh-Hans': 3 } });
    expect(out.value).toMatchObject({ text: { 'zh-Hans': 3 } });
    expect(out.errors).toEqual([]);
  });

  it.each(ALL_SAMPLES.map((s) => [s.name, s.recordName, s.value] as const))('round-trips the sample %s through its JSON form', (_name, recordName, value) => {
    const schema = schemaOf(recordName as RecordTypeName);
    const json = toJson(schema, value);
    expect(JSON.stringify(json)).not.toMatch(/"issuedAt":\d/);
    const back = fromJson(schema, JSON.parse(JSON.stringify(json)));
    expect(back.errors).toEqual([]);
    expect(back.value).toEqual(schema.clone(value, { wrapUnions: false }));
  });
});

describe('parseIsoDateTime', () => {
  it.each([
    ['2026-03-01T08:30:00Z', Date.UTC(2026, 2, 1, 8, 30)],
    ['2026-03-01T08:30Z', undefined],
    ['2024-02-29T00:00:00+07:00', Date.UTC(2024, 1, 28, 17)],
    ['2026-02-29T00:00:00Z', undefined],
    ['2026-03-01T08:30:00', undefined],
    ['2026-03-01', undefined],
    ['2026-13-01T00:00:00Z', undefined],
    ['2026-03-01T24:00:00Z', undefined],
  ])('%s -> %s', (text, expected) => {
    expect(parseIsoDateTime(text)).toBe(expected);
  });
});
