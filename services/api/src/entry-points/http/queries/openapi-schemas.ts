// The JSON schemas of the OpenAPI document's components. Records are described by their envelope
// only: their content is the Avro contract in schemas/avro (JSON form: date-times as ISO-8601
// strings), which stays the one definition of every field.
import { AUDIT_ACTIONS } from '../../../domain/audit-entry';

const str = { type: 'string' } as const;
const nullableStr = { type: ['string', 'null'] } as const;
const dateTime = { type: 'string', format: 'date-time' } as const;
const nullableDateTime = { type: ['string', 'null'], format: 'date-time' } as const;
const strings = { type: 'array', items: str } as const;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullableRecord = { oneOf: [ref('Record'), { type: 'null' }] };

const viewHeader = {
  id: str,
  revision: { type: 'integer', minimum: 1 },
  source: str,
  status: str,
  issuedAt: nullableDateTime,
  handlingCode: str,
};

const object = (properties: Record<string, unknown>, required: string[] = Object.keys(properties)) => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});
const listOf = (item: string, extra: Record<string, unknown> = {}) => object({ ...extra, items: { type: 'array', items: ref(item) } });
const pageOf = (item: string) => object({ items: { type: 'array', items: ref(item) }, nextCursor: nullableStr });

export const SCHEMAS: Record<string, unknown> = {
  Problem: {
    type: 'object',
    description: 'RFC 9457 problem details; `errors` names each failing field or parameter.',
    properties: {
      type: { type: 'string', format: 'uri' },
      title: str,
      status: { type: 'integer' },
      detail: str,
      instance: str,
      requestId: str,
      errors: { type: 'array', items: object({ path: str, message: str }) },
    },
    required: ['type', 'title', 'status', 'detail', 'instance', 'requestId'],
  },
  Record: {
    type: 'object',
    description: 'A record in its JSON form, as defined by the Avro contract of its type (schemas/avro); date-times are ISO-8601 strings.',
    properties: {
      meta: {
        type: 'object',
        properties: { recordId: str, revision: { type: 'integer' }, source: str, recordType: str, status: str, issuedAt: dateTime, redactedPaths: strings },
        required: ['recordId', 'revision', 'source', 'recordType', 'status', 'issuedAt'],
      },
    },
    required: ['meta'],
  },
  RecordRequest: {
    type: 'object',
    description: 'The content of a record (JSON form of the Avro contract) with only the caller-controlled meta fields: issuingOffice, handlingCode, reliability, reviewBy, retainUntil.',
  },
  Accepted: {
    type: 'object',
    properties: { recordId: str, revision: { type: 'integer' }, status: str, location: str, superseded: object({ recordId: str, revision: { type: 'integer' }, status: str }) },
    required: ['recordId', 'revision', 'status', 'location'],
  },
  AlertItem: object({ ...viewHeader, priority: nullableStr, gates: strings, validFrom: nullableDateTime, validUntil: nullableDateTime, record: nullableRecord }),
  AlertList: listOf('AlertItem', { gate: str, at: dateTime }),
  SeizureSummary: object({
    ...viewHeader,
    caseReference: nullableStr,
    seizedAt: nullableDateTime,
    month: nullableStr,
    gate: nullableStr,
    placeName: nullableStr,
    direction: nullableStr,
    transportMode: nullableStr,
    categories: strings,
    goods: { type: 'array', items: object({ category: str, hsCode: nullableStr, quantity: str, unit: str }) },
    concealmentMethod: nullableStr,
    detectionMethod: nullableStr,
    route: { oneOf: [object({ origin: nullableStr, departure: nullableStr, transit: strings, destination: nullableStr }), { type: 'null' }] },
    outcome: nullableStr,
  }),
  SeizurePage: pageOf('SeizureSummary'),
  SeizureDetail: object({ ...viewHeader, personalDataWithheld: { type: 'boolean' }, record: nullableRecord }),
  PlateLookup: object({
    plate: str,
    normalised: str,
    activeAlerts: { type: 'array', items: ref('AlertItem') },
    seizures: { type: 'array', items: ref('SeizureSummary') },
  }),
  PolicyItem: object({ ...viewHeader, gates: strings, validFrom: nullableDateTime, validUntil: nullableDateTime, record: nullableRecord }),
  PolicyList: listOf('PolicyItem', { gate: str, at: dateTime }),
  HitItem: object({ ...viewHeader, alertId: nullableStr, gates: strings, seenAt: nullableDateTime, record: nullableRecord }),
  HitPage: pageOf('HitItem'),
  TrendGroup: object({ key: str, count: { type: 'integer', minimum: 0 }, quantities: { type: 'array', items: object({ unit: str, total: { type: 'string', pattern: '^\\d+(\\.\\d{1,3})?$' } }) } }),
  Trends: object({ groupBy: { enum: ['month', 'category', 'gate', 'route', 'concealment', 'source'] }, from: dateTime, to: dateTime, groups: { type: 'array', items: ref('TrendGroup') } }),
  AuditEntry: object(
    {
      id: str,
      at: dateTime,
      actor: str,
      authority: str,
      office: str,
      action: { enum: [...AUDIT_ACTIONS] },
      target: str,
      resultCount: { type: 'integer', minimum: 0 },
      records: {
        type: 'array',
        description: 'Each record the audited answer returned (absent from entries written before it was recorded)',
        items: object({ type: str, source: str, id: str, revision: { type: 'integer', minimum: 1 } }, ['type', 'source', 'id']),
      },
      requestId: str,
    },
    ['id', 'at', 'actor', 'authority', 'office', 'action', 'target', 'resultCount', 'requestId'],
  ),
  AuditPage: pageOf('AuditEntry'),
  DeadLetter: object({
    id: str, reason: str, detail: str, topic: str, partition: { type: 'integer' }, offset: str, key: nullableStr,
    valueLength: { type: 'integer' }, valueSha256: nullableStr, hasBytes: { type: 'boolean' }, receivedAt: { type: 'string', format: 'date-time' },
  }),
  DeadLetterList: object({ items: { type: 'array', items: ref('DeadLetter') } }),
  SetAsideDocument: object({ id: str, recordId: str, revision: { type: 'integer' }, recordType: str, reason: nullableStr, attempts: { type: 'integer' }, createdAt: { type: 'string', format: 'date-time' } }),
  SetAsideList: object({ items: { type: 'array', items: ref('SetAsideDocument') } }),
  Released: object({ id: str, state: { type: 'string', enum: ['pending'] } }),
  Health: object({ status: { const: 'ok' } }),
  Ready: object({ status: { const: 'ready' }, checks: { type: 'object', additionalProperties: { const: 'up' } } }),
};
