// The JSON Schema of a record says what its Avro contract and validateRecord say; the api's
// document.spec.ts checks generated bodies against the api's own validation.
import { isDeepStrictEqual } from 'node:util';
import { RECORD_NAMES } from '../records';
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
});
