import type { JsonObject } from '../bundle/json';
import { generateTypes } from './generate-types';

const schema: JsonObject = {
  type: 'record', name: 'AlertHit', namespace: 'org.bex.v1', doc: 'A hit.',
  fields: [
    { name: 'at', type: { type: 'long', logicalType: 'timestamp-millis' } },
    { name: 'result', type: ['null', { type: 'enum', name: 'HitResult', symbols: ['NO_FIND', 'SEIZURE'] }], default: null },
    { name: 'text', type: ['null', { type: 'map', values: 'string', typeAlias: 'TextByLanguage' }], default: null },
    { name: 'tags', type: { type: 'array', items: 'string' }, doc: 'Free tags.' },
    { name: 'again', type: 'org.bex.v1.HitResult' },
  ],
};

describe('generateTypes', () => {
  const text = generateTypes([{ recordName: 'AlertHit', version: 3, schema }]);

  it('maps records to interfaces, enums to unions, nullable unions to T | null and times to number', () => {
    expect(text).toContain('/** A hit. */\nexport interface AlertHit {\n  at: number;\n  result: HitResult | null;\n  text: TextByLanguage | null;\n  /** Free tags. */\n  tags: string[];\n  again: HitResult;\n}\n');
    expect(text).toContain("export type HitResult = 'NO_FIND' | 'SEIZURE';\n");
    expect(text).toContain('export type TextByLanguage = Record<string, string>;\n');
  });

  it('records which versions the types describe', () => {
    expect(text).toContain('export const GENERATED_FROM_VERSIONS = {\n  AlertHit: 3,\n} as const;');
  });

  it('refuses two different shapes under one name', () => {
    const other: JsonObject = { ...schema, name: 'SeizureCase', fields: [{ name: 'r', type: { type: 'enum', name: 'HitResult', symbols: ['NO_FIND'] } }] };
    expect(() => generateTypes([
      { recordName: 'AlertHit', version: 1, schema },
      { recordName: 'SeizureCase', version: 1, schema: other },
    ])).toThrow(/HitResult differs/);
  });
});
