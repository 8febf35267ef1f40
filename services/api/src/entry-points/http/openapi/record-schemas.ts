// The records' JSON Schemas as OpenAPI components, generated from the Avro contracts at start: a
// request body per record type (a live record with the caller's part of meta only, as draftRecord
// takes it) and the stored form the view answers carry. Named Avro types are shared components;
// two records that disagreed on one would be a contract bug, so that throws.
import { recordSchema, type RecordRule } from '@bex/schemas';
import { isDeepStrictEqual } from 'node:util';
import type { RecordTypeName } from '@bex/shared';
import { CALLER_OPTIONAL_META, SERVER_META } from '../../../domain/draft';
import { RECORD_KINDS } from '../../../domain/record-kinds';
import { reportingAuthorityRules } from '../../../domain/reporting-authority';

const ref = (name: string): string => `#/components/schemas/${name}`;
export const requestSchemaName = (type: RecordTypeName): string => `${type}Request`;

export interface RecordComponents {
  schemas: Record<string, unknown>;
  /** Per record type, the rules a request body can break that its schema cannot state. */
  rules: Record<RecordTypeName, readonly RecordRule[]>;
}

export function recordComponents(): RecordComponents {
  const schemas: Record<string, unknown> = {};
  const rules = {} as Record<RecordTypeName, readonly RecordRule[]>;
  const add = (name: string, schema: unknown): void => {
    if (name in schemas && !isDeepStrictEqual(schemas[name], schema)) throw new Error(`the Avro contracts define ${name} in two ways`);
    schemas[name] = schema;
  };
  for (const { recordType } of RECORD_KINDS) {
    const meta = { omit: SERVER_META, optional: CALLER_OPTIONAL_META };
    const request = recordSchema(recordType, { ref, form: 'live', meta });
    const stored = recordSchema(recordType, { ref, form: 'stored' });
    for (const [name, def] of Object.entries({ ...request.defs, ...stored.defs })) add(name, def);
    // The contract's rules, and the api's own about whose record it is.
    rules[recordType] = [...(request.schema['x-rules'] as unknown as RecordRule[]), ...reportingAuthorityRules(recordType)];
    add(requestSchemaName(recordType), { ...request.schema, 'x-rules': rules[recordType], description: `A ${recordType} as a client submits it: the content of the Avro contract in JSON form (date-times as ISO-8601 strings) and the meta fields a caller controls.` });
    add(recordType, stored.schema);
  }
  return { schemas, rules };
}
