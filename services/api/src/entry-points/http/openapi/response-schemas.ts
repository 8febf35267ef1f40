// The JSON schemas of the api's answers. The records inside them are the Avro-derived schemas of
// record-schemas.ts (`stored` form: every field present, date-times as ISO-8601 strings), so the
// Avro contract stays the one definition of every field; the rest is the view's own indexing.
import { AUTHORITIES } from '@bex/shared';
import { DISMISS_REASONS } from '@bex/view';
import { AUDIT_ACTIONS } from '../../../domain/audit-entry';
import { GROUP_BY } from '../../../domain/analytics';

const str = { type: 'string' } as const;
const nullableStr = { type: ['string', 'null'] } as const;
const dateTime = { type: 'string', format: 'date-time' } as const;
const nullableDateTime = { type: ['string', 'null'], format: 'date-time' } as const;
const strings = { type: 'array', items: str } as const;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullableRecord = (type: string) => ({ anyOf: [ref(type), { type: 'null' }], description: 'The record in its JSON form; null once withdrawn' });
const authority = { type: 'string', enum: [...AUTHORITIES] };

const object = (properties: Record<string, unknown>, required: string[] = Object.keys(properties)) => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});

// A record is named by its source and id together; `retraction` says why a tombstone holds nothing.
const viewHeader = {
  id: str,
  revision: { type: 'integer', minimum: 1 },
  source: authority,
  status: ref('RecordStatus'),
  issuedAt: nullableDateTime,
  handlingCode: ref('HandlingCode'),
  retraction: ref('RetractionReason'),
};
const HEADER_REQUIRED = Object.keys(viewHeader).filter((k) => k !== 'retraction');
const viewItem = (properties: Record<string, unknown>) => object({ ...viewHeader, ...properties }, [...HEADER_REQUIRED, ...Object.keys(properties)]);
const listOf = (item: string, extra: Record<string, unknown> = {}) => object({ ...extra, items: { type: 'array', items: ref(item) } });
const pageOf = (item: string) => object({ items: { type: 'array', items: ref(item) }, nextCursor: nullableStr });

export const RESPONSE_SCHEMAS: Record<string, unknown> = {
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
  Accepted: object({ recordId: str, revision: { type: 'integer', minimum: 1 }, status: ref('RecordStatus'), location: str }),
  Superseded: object({
    recordId: str,
    revision: { type: 'integer', minimum: 1 },
    status: ref('RecordStatus'),
    location: str,
    superseded: object({ recordId: str, revision: { type: 'integer', minimum: 1 }, status: ref('RecordStatus') }),
  }),
  AlertItem: viewItem({ priority: nullableStr, gates: strings, validFrom: nullableDateTime, validUntil: nullableDateTime, record: nullableRecord('VehicleRiskAlert') }),
  AlertList: listOf('AlertItem', { gate: nullableStr, crossing: nullableStr, at: dateTime }),
  SeizureSummary: viewItem({
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
  SeizureDetail: viewItem({ personalDataWithheld: { type: 'boolean' }, record: nullableRecord('SeizureCase') }),
  PlateLookup: object({
    plate: str,
    normalised: str,
    activeAlerts: { type: 'array', items: ref('AlertItem') },
    seizures: { type: 'array', items: ref('SeizureSummary') },
  }),
  PolicyItem: viewItem({
    gates: strings,
    validFrom: nullableDateTime,
    validUntil: nullableDateTime,
    acrossCrossing: { anyOf: [object({ code: str, name: str, gate: str }), { type: 'null' }], description: 'Set when the change is in force at the other side of the gate\'s crossing (that side\'s gate), null when at the gate itself' },
    record: nullableRecord('PolicyChange'),
  }),
  PolicyList: listOf('PolicyItem', { gate: str, at: dateTime, crossing: { type: ['string', 'null'], description: 'The crossing the gate is one side of' } }),
  HitItem: viewItem({ alertId: nullableStr, alertSource: { anyOf: [authority, { type: 'null' }] }, gates: strings, seenAt: nullableDateTime, record: nullableRecord('AlertHit') }),
  HitPage: pageOf('HitItem'),
  TrendGroup: object({ key: str, count: { type: 'integer', minimum: 0 }, quantities: { type: 'array', items: object({ unit: str, total: { type: 'string', pattern: '^\\d+(\\.\\d{1,3})?$' } }) } }),
  Trends: object({
    groupBy: { type: 'string', enum: [...GROUP_BY] },
    from: dateTime,
    to: dateTime,
    filters: { type: 'object', additionalProperties: str, description: 'The filters applied, as asked' },
    groups: { type: 'array', items: ref('TrendGroup') },
    previous: { anyOf: [object({ from: dateTime, to: dateTime, groups: { type: 'array', items: ref('TrendGroup') } }), { type: 'null' }], description: 'The period just before, with the same filters (compare=previous); null otherwise' },
  }),
  TrendsCsv: { type: 'string', description: 'RFC 4180 CSV with a header row: period (current or previous), from, to, groupBy, key, count, unit, total' },
  AuditEntry: object(
    {
      id: str,
      at: dateTime,
      actor: str,
      authority: str,
      office: str,
      action: { type: 'string', enum: [...AUDIT_ACTIONS] },
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
    id: str, reason: str, detail: str, topic: str, partition: { type: 'integer' }, offset: str, key: nullableStr, claimedSource: str,
    valueLength: { type: 'integer' }, valueSha256: nullableStr, hasBytes: { type: 'boolean' }, receivedAt: { type: 'string', format: 'date-time' },
  }),
  DeadLetterList: object({
    items: { type: 'array', items: ref('DeadLetter') },
    countedBeyondBudget: { type: 'array', items: object({ claimedSource: str, hour: str, reason: str, count: { type: 'integer', minimum: 1 } }) },
  }),
  SetAsideDocument: object({ id: str, recordId: str, revision: { type: 'integer' }, recordType: str, reason: nullableStr, attempts: { type: 'integer' }, createdAt: { type: 'string', format: 'date-time' } }),
  SetAsideList: object({ items: { type: 'array', items: ref('SetAsideDocument') } }),
  Released: object({ id: str, state: { type: 'string', enum: ['pending'] } }),
  RecordReceipts: object({
    recordId: str,
    recordType: str,
    latestRevision: { type: 'integer', minimum: 1 },
    partners: {
      type: 'array',
      items: object({
        partner: authority,
        holderSince: { type: ['integer', 'null'], minimum: 1 },
        delivered: { anyOf: [object({ revision: { type: 'integer', minimum: 1 }, at: dateTime, receivedAt: dateTime }), { type: 'null' }] },
        viewed: { anyOf: [object({ revision: { type: 'integer', minimum: 1 }, at: dateTime, receivedAt: dateTime }), { type: 'null' }] },
        actioned: { type: 'array', items: object({ at: dateTime, receivedAt: dateTime, recordId: str, recordType: str }) },
      }),
    },
    nextCursor: { type: ['string', 'null'] },
    actionsBeyondCap: { type: 'array', items: object({ partner: authority, count: { type: 'integer', minimum: 1 } }) },
  }),
  UnviewedAlerts: object({
    olderThanMinutes: { type: 'integer', minimum: 1 },
    at: dateTime,
    items: { type: 'array', items: object({ id: str, revision: { type: 'integer', minimum: 1 }, issuedAt: dateTime, gates: strings, notViewedBy: { type: 'array', items: authority } }) },
  }),
  MatchItem: object({
    id: str,
    state: { type: 'string', enum: ['open', 'confirmed', 'dismissed'] },
    createdAt: dateTime,
    matchedOn: { type: 'array', items: { type: 'string', pattern: '^(plate|vin|container):.+$' } },
    gates: strings,
    alert: ref('AlertItem'),
    record: object({
      type: { type: 'string', enum: ['SeizureCase', 'AlertHit'] },
      seizure: { anyOf: [ref('SeizureSummary'), { type: 'null' }] },
      hit: { anyOf: [ref('HitItem'), { type: 'null' }] },
    }),
    decidedAt: nullableDateTime,
    dismissReason: { anyOf: [{ type: 'string', enum: [...DISMISS_REASONS] }, { type: 'null' }] },
    hitId: nullableStr,
  }),
  MatchList: object({ items: { type: 'array', items: ref('MatchItem') } }),
  MatchDecision: object({ id: str, state: { type: 'string', enum: ['dismissed'] }, decidedAt: dateTime, dismissReason: { type: 'string', enum: [...DISMISS_REASONS] } }),
  CrossingList: object({ items: { type: 'array', items: object({ code: str, name: str, gates: { type: 'array', items: object({ code: str, name: str, country: str }) } }) } }),
  Health: object({ status: { type: 'string', const: 'ok' } }),
  Ready: object({ status: { type: 'string', const: 'ready' }, checks: { type: 'object', additionalProperties: { type: 'string', const: 'up' } } }),
  OpenApiDocument: { type: 'object', description: 'An OpenAPI 3.1 document', required: ['openapi', 'info', 'paths'], properties: { openapi: { type: 'string', const: '3.1.0' } } },
};
