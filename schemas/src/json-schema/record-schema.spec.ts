// The JSON Schema of a record says what its Avro contract and validateRecord say; the api's
// document.spec.ts checks generated bodies against the api's own validation.
import { isDeepStrictEqual } from 'node:util';
import { RECORD_NAMES } from '../records';
import { boundOf, MAP_KEY_MAX_LENGTH } from '../validate/bounds';
import { REQUIRED_WHILE_LIVE } from '../validate/record-rules';
import { recordSchema } from './record-schema';

const ref = (name: string) => `#/${name}`;
type Obj = Record<string, unknown> & { properties: Record<string, Record<string, unknown>>; required: string[] };

describe('recordSchema', () => {
  it.each(RECORD_NAMES)('%s, live: what a live record needs is required and not null', (name) => {
    const { schema } = recordSchema(name, { ref, form: 'live' }) as unknown as { schema: Obj };
    for (const field of REQUIRED_WHILE_LIVE[name]) {
      expect([field, schema.required.includes(field), JSON.stringify(schema.properties[field]).includes('"null"')]).toEqual([field, true, false]);
    }
  });

  it('leaves out the meta fields the server sets, and lists the rules no schema can state', () => {
    const { schema } = recordSchema('VehicleRiskAlert', { ref, form: 'live', meta: { omit: ['recordId', 'issuedAt'], optional: ['issuingOffice'] } }) as unknown as { schema: Obj };
    const meta = schema.properties.meta as unknown as Obj;
    expect(Object.keys(meta.properties)).not.toContain('recordId');
    expect(meta.required).not.toContain('issuingOffice');
    expect(schema['x-rules']).toEqual([{ path: 'meta.retainUntil', message: 'must be after issuedAt' }, { path: 'validUntil', message: 'must be after validFrom' }]);
  });

  it('defines each named type the same way in every record and form', () => {
    const seen = new Map<string, unknown>();
    for (const name of RECORD_NAMES) {
      for (const form of ['live', 'stored'] as const) {
        for (const [type, def] of Object.entries(recordSchema(name, { ref, form }).defs)) {
          expect([type, isDeepStrictEqual(seen.get(type) ?? def, def)]).toEqual([type, true]);
          seen.set(type, def);
        }
      }
    }
  });

  it('bounds every string, array and map, so no value the schema allows is unbounded', () => {
    const loose: string[] = [];
    const visit = (node: unknown, at: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${at}/${i}`));
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      const bounded = (key: string) => typeof n[key] === 'number' || Array.isArray(n.enum) || 'const' in n;
      if (n.type === 'string' && !bounded('maxLength')) loose.push(`${at} string`);
      if (n.type === 'array' && !bounded('maxItems')) loose.push(`${at} array`);
      if (n.type === 'object' && typeof n.additionalProperties === 'object' && !(bounded('maxProperties') && (n.propertyNames as { maxLength?: number })?.maxLength === MAP_KEY_MAX_LENGTH)) loose.push(`${at} map`);
      // Conditions (if/then) narrow values the properties already bound.
      for (const [k, v] of Object.entries(n)) if (k !== 'if' && k !== 'then') visit(v, `${at}/${k}`);
    };
    for (const name of RECORD_NAMES) {
      for (const form of ['live', 'stored'] as const) {
        const { schema, defs } = recordSchema(name, { ref, form });
        visit(schema, `${name}/${form}`);
        // Shared formats (uuid, gate and HS codes) are bounded by a pattern of fixed length instead.
        for (const [type, def] of Object.entries(defs)) if (typeof (def as { pattern?: unknown }).pattern !== 'string') visit(def, `${name}/${form}/$defs/${type}`);
      }
    }
    expect(loose).toEqual([]);
  });

  it('states the bounds validateRecord holds values to', () => {
    const { schema, defs } = recordSchema('SeizureCase', { ref, form: 'live' }) as unknown as { schema: Obj; defs: Record<string, Obj> };
    const nonNull = (property: unknown) => (property as { anyOf: Array<Record<string, any>> }).anyOf.find((b) => b.type !== 'null')!;
    expect(nonNull(schema.properties.narrative).additionalProperties.maxLength).toBe(boundOf('SeizureCase', 'narrative').maxLength);
    expect((schema.properties.goods as Record<string, unknown>).maxItems).toBe(boundOf('SeizureCase', 'goods').maxItems);
    expect(nonNull(defs.Conveyance!.properties.plate)).toEqual({ type: 'string', maxLength: 40, pattern: '^[^\\u0000]*$' });
  });
});
