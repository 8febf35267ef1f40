import fc from 'fast-check';
import type { JsonObject } from '../bundle/json';
import { loadSchema } from '../versions/load-schema';
import { checkFullTransitive } from './check-compatibility';

type Field = { name: string; type: unknown; default?: unknown };

function withFields(schema: JsonObject, edit: (fields: Field[]) => Field[]): JsonObject {
  const copy = structuredClone(schema) as JsonObject & { fields: Field[] };
  copy.fields = edit(copy.fields);
  return copy;
}

function history(...schemas: JsonObject[]) {
  return schemas.map((schema, i) => ({ version: i + 1, schema }));
}

describe('checkFullTransitive', () => {
  const base = loadSchema('VehicleRiskAlert', 1);

  it('accepts an optional field with a default', () => {
    const next = withFields(base, (f) => [...f, { name: 'channel', type: ['null', 'string'], default: null }]);
    expect(checkFullTransitive(history(base, next))).toEqual([]);
  });

  it('detects a new required field without a default (new reader cannot read old data)', () => {
    const next = withFields(base, (f) => [...f, { name: 'channel', type: 'string' }]);
    const problems = checkFullTransitive(history(base, next));
    expect(problems).toEqual([expect.objectContaining({ reader: 2, writer: 1 })]);
  });

  it('detects a removed field that had no default (old reader cannot read new data)', () => {
    const next = withFields(base, (f) => f.filter((field) => field.name !== 'meta'));
    expect(checkFullTransitive(history(base, next))).toEqual([expect.objectContaining({ reader: 1, writer: 2 })]);
  });

  it('detects a removed symbol of a closed enum', () => {
    const next = structuredClone(base);
    const text = JSON.stringify(next).replace('"SIGHT_AND_REPORT",', '');
    const problems = checkFullTransitive(history(base, JSON.parse(text) as JsonObject));
    expect(problems).toEqual([expect.objectContaining({ reader: 2, writer: 1, message: expect.stringMatching(/RequestedAction/) })]);
  });

  it('is transitive: v3 is checked against v1, not only against its neighbour v2', () => {
    const v2 = withFields(base, (f) => [...f, { name: 'channel', type: 'string', default: 'EMAIL' }]);
    // Compatible with v2, which always carries the field, but not with v1 data, which lacks it.
    const v3 = withFields(v2, (f) => f.map((field) => (field.name === 'channel' ? { name: 'channel', type: 'string' } : field)));
    expect(checkFullTransitive(history(base, v2))).toEqual([]);
    expect(checkFullTransitive(history(v2, v3))).toEqual([]);
    expect(checkFullTransitive(history(base, v2, v3)).map((p) => `${p.reader}<-${p.writer}`)).toEqual(['3<-1']);
  });

  it('accepts any nullable field with a null default and refuses it without one', () => {
    const primitive = fc.constantFrom('string', 'int', 'long', 'boolean', 'double');
    const name = fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,11}$/).filter((n) => !(base.fields as Field[]).some((f) => f.name === n));
    fc.assert(fc.property(name, primitive, (field, type) => {
      const optional = withFields(base, (f) => [...f, { name: field, type: ['null', type], default: null }]);
      const required = withFields(base, (f) => [...f, { name: field, type: ['null', type] }]);
      return checkFullTransitive(history(base, optional)).length === 0
        && checkFullTransitive(history(base, required)).length === 1;
    }), { numRuns: 50 });
  });
});
