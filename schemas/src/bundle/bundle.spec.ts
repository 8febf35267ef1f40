import avro from 'avsc';
import { RECORD_NAMES } from '../records';
import { bundleSchema } from './bundle';
import { bundleFromSources } from './load-sources';
import type { JsonObject } from './json';

const types: Record<string, JsonObject> = {
  Colour: { type: 'enum', name: 'Colour', symbols: ['RED', 'BLUE'] },
  Part: { type: 'record', name: 'Part', fields: [{ name: 'colour', type: 'Colour' }] },
  Words: { type: 'map', values: 'string', typeAlias: 'Words' },
};

describe('bundleSchema', () => {
  it('inlines a named type at its first use and refers to it by name afterwards', () => {
    const record: JsonObject = { type: 'record', name: 'Car', namespace: 'x', fields: [
      { name: 'front', type: 'Part' }, { name: 'back', type: ['null', 'Part'], default: null }, { name: 'paint', type: 'Colour' },
    ] };
    const bundled = bundleSchema(record, types);
    expect(bundled.fields).toEqual([
      { name: 'front', type: { type: 'record', name: 'Part', fields: [{ name: 'colour', type: types.Colour }] } },
      { name: 'back', type: ['null', 'Part'], default: null },
      { name: 'paint', type: 'Colour' },
    ]);
    expect(() => avro.Type.forSchema(bundled as avro.Schema)).not.toThrow();
  });

  it('copies an anonymous alias at every use, since it has no name to refer to', () => {
    const record: JsonObject = { type: 'record', name: 'Note', fields: [
      { name: 'a', type: 'Words' }, { name: 'b', type: { type: 'array', items: 'Words' } },
    ] };
    const fields = bundleSchema(record, types).fields as JsonObject[];
    expect(fields[0]?.type).toEqual(types.Words);
    expect(fields[1]?.type).toEqual({ type: 'array', items: types.Words });
  });

  it('keeps primitives, logical types and metadata attributes', () => {
    const field: JsonObject = { name: 't', type: { type: 'long', logicalType: 'timestamp-millis' }, format: 'x', doc: 'why' };
    const bundled = bundleSchema({ type: 'record', name: 'R', fields: [field] } satisfies JsonObject, types);
    expect(bundled.fields).toEqual([field]);
  });

  it('names the unknown type and where it was met', () => {
    const record: JsonObject = { type: 'record', name: 'R', fields: [{ name: 'p', type: 'Pasrt' }] };
    expect(() => bundleSchema(record, types)).toThrow(/unknown type "Pasrt" \(at R > p\)/);
  });

  it.each(RECORD_NAMES)('bundles the sources of %s into a schema avsc accepts', (name) => {
    const bundled = bundleFromSources(name);
    expect(avro.Type.forSchema(bundled as avro.Schema).name).toBe(`org.bex.v1.${name}`);
  });
});
