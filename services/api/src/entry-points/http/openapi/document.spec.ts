// The document without a server: its request bodies are the Avro contracts (what the schemas
// generate, the api's own validation accepts, bar the rules the document lists; the samples fit),
// only the caller's meta fields are in them, and every parameter has a pattern, enum or bounds.
import fc from 'fast-check';
import { ALL_SAMPLES, loadSchema } from '@bex/schemas';
import type { RecordTypeName } from '@bex/shared';
import { draftRecord, SERVER_META } from '../../../domain/draft';
import { toJson } from '../../../domain/json-conversion';
import { RECORD_KINDS, schemaOf } from '../../../domain/record-kinds';
import { requestBody } from '../../../domain/request-body';
import { OPENAPI_DOCUMENT } from '../app';
import { DocumentSchemas } from './fuzz/document-schemas.test-helper';
import { SchemaArbitraries } from './fuzz/schema-arbitrary.test-helper';
import { requestSchemaName } from './record-schemas';

const schemas = new DocumentSchemas(OPENAPI_DOCUMENT.components.schemas);
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const TYPES = RECORD_KINDS.map((k) => k.recordType);
const rulesOf = (type: RecordTypeName) => (OPENAPI_DOCUMENT.components.schemas[requestSchemaName(type)] as { 'x-rules': Array<{ path: string; message: string }> })['x-rules'];

function serverMeta(recordType: RecordTypeName) {
  return { recordId: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', revision: 1, source: 'LA' as const, recipient: 'LA' as const, recordType, status: 'ACTIVE' as const, issuedAt: Date.now(), redactedPaths: [], retraction: null };
}

describe('the request body of each record type', () => {
  it.each(TYPES)('%s: what its schema allows, the api accepts, unless a listed rule says otherwise', (type) => {
    const bodies = new SchemaArbitraries(schemas).of(ref(requestSchemaName(type)));
    fc.assert(
      fc.property(bodies, (body) => {
        const withOffice = { ...(body as Record<string, unknown>), meta: { issuingOffice: 'LA-HQ', ...((body as { meta: object }).meta) } };
        const draft = draftRecord(schemaOf(type), withOffice, serverMeta(type));
        const unlisted = draft.ok ? [] : draft.errors.filter((e) => !rulesOf(type).some((r) => r.path === e.path && r.message === e.message));
        expect(unlisted).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it.each(ALL_SAMPLES.map((s) => [s.name, s.recordName, s.value] as const))('%s fits the request body and the stored record of its type', (_name, type, sample) => {
    expect(schemas.problem(ref(requestSchemaName(type)), requestBody(type, sample))).toBeUndefined();
    expect(schemas.problem(ref(type), toJson(schemaOf(type), sample))).toBeUndefined();
  });

  it.each(TYPES)('%s carries only the meta fields a caller controls', (type) => {
    const all = ((loadSchema(type).fields as Array<{ name: string; type: { fields: Array<{ name: string }> } }>)[0]!).type.fields.map((f) => f.name);
    const meta = (OPENAPI_DOCUMENT.components.schemas[requestSchemaName(type)] as { properties: { meta: { properties: object } } }).properties.meta;
    expect(Object.keys(meta.properties).sort()).toEqual(all.filter((f) => !(SERVER_META as readonly string[]).includes(f)).sort());
  });
});

describe('parameters', () => {
  it('each have a pattern, an enum or bounds', () => {
    const loose = Object.entries(OPENAPI_DOCUMENT.paths).flatMap(([path, ops]) =>
      Object.values(ops).flatMap((op) =>
        (op.parameters ?? []).filter((p) => !['pattern', 'enum', 'maximum', 'anyOf'].some((k) => k in p.schema)).map((p) => `${op.operationId} ${path} ${p.name}`),
      ),
    );
    expect(loose).toEqual([]);
  });

  it('each operation answers with a declared problem type for each refusal status', () => {
    for (const op of Object.values(OPENAPI_DOCUMENT.paths).flatMap((ops) => Object.values(ops))) {
      for (const [status, response] of Object.entries(op.responses).filter(([s]) => Number(s) >= 400)) {
        expect([op.operationId, status, Object.keys(response.content ?? {})]).toEqual([op.operationId, status, ['application/problem+json']]);
      }
    }
  });
});
