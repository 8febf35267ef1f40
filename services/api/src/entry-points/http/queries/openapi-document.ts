// The OpenAPI 3.1 description of every route of the api, written by hand next to the routes. A test
// (openapi.int.spec.ts) walks the route tables and fails when a route is missing here, and checks
// real answers against these schemas.
import { AUDIT_ACTIONS } from '../../../domain/audit-entry';
import { SCHEMAS } from './openapi-schemas';

type Role = 'officer' | 'border-branch' | 'analyst' | 'admin';

const json = (schema: string) => ({ content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } } });
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } });
const REFUSALS = {
  '401': problem('No valid bearer token of this authority\'s identity provider'),
  '403': problem('A token of another authority, a role this route does not allow, or a write to a record of another office or gate'),
  '429': {
    ...problem('This token subject made more requests than its limit (BEX_RATE_LIMIT_PER_MINUTE, burst BEX_RATE_LIMIT_BURST)'),
    headers: { 'Retry-After': { description: 'Seconds until the subject may send again', schema: { type: 'integer', minimum: 1 } } },
  },
  '503': problem('The identity provider\'s keys cannot be loaded'),
};
const query = (name: string, description: string, schema: Record<string, unknown> = { type: 'string' }, required = false) => ({ name, in: 'query', required, description, schema });
const path = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });
const ID = path('id', 'Record id (UUID chosen by the source)');
const PAGE = [query('limit', 'Page size, 1 to 100 (default 25)', { type: 'integer', minimum: 1, maximum: 100 }), query('cursor', 'nextCursor of the previous page')];
const FROM_TO = [query('from', 'Start of the period, inclusive (ISO-8601 date or date-time)'), query('to', 'End of the period, exclusive')];

function op(summary: string, roles: Role[], ok: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return { summary, 'x-roles': roles, description: `Roles: ${roles.join(', ')}.`, ...extra, responses: { ...ok, '400': problem('A parameter or the body is invalid; errors names each one'), ...REFUSALS } };
}

const writers: Role[] = ['officer', 'admin'];
const hitWriters: Role[] = ['officer', 'admin', 'border-branch'];
const accepted = { '202': { description: 'The revision is durable in the outbox', ...json('Accepted') } };
const changed = { ...accepted, '404': problem('No such record'), '409': problem('The action is not allowed in the record\'s status, or the record is busy') };
const body = { requestBody: { required: true, ...json('RecordRequest') } };

function submitPaths(collection: string, type: string, roles: Role[], actions: string[], amend: boolean) {
  const paths: Record<string, unknown> = { [`/v1/${collection}`]: { post: op(`Submit a ${type}`, roles, accepted, body) } };
  if (amend) paths[`/v1/${collection}/{id}`] = { put: op(`Amend a ${type} (its issuing office, or an admin; a border branch: hits at its gate)`, roles, changed, { parameters: [ID], ...body }) };
  for (const action of actions) paths[`/v1/${collection}/{id}/${action}`] = { post: op(`${action[0]!.toUpperCase()}${action.slice(1)} a ${type} (its issuing office, or an admin; a border branch: hits at its gate)`, roles, changed, { parameters: [ID] }) };
  return paths;
}

const seizurePaths = submitPaths('seizure-cases', 'SeizureCase', writers, ['withdraw'], true);
const alertPaths = submitPaths('vehicle-alerts', 'VehicleRiskAlert', writers, ['suspend', 'reinstate', 'withdraw'], true);

export const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'BEX authority api',
    version: '1.0.0',
    description:
      'One customs authority\'s api of the Border Enforcement Exchange: submissions go to its outbox, queries read its own view. Errors are application/problem+json. Every read whose answer can carry a plate, a VIN, identity data or free text about people (plate lookups, seizure details, alerts at a gate, hits on own alerts, the audit itself) writes one entry to the read audit per request, naming each record returned. Analysts get summaries and aggregates only. Personal data is present only for tokens with personal_data true.',
  },
  servers: [{ url: '/' }],
  security: [{ bearerAuth: [] }],
  paths: {
    ...seizurePaths,
    '/v1/seizure-cases': {
      ...(seizurePaths['/v1/seizure-cases'] as object),
      get: op('Seizure summaries, newest first', ['officer', 'analyst', 'admin'], { '200': { description: 'A page of summaries (no persons, companies, plates or free text)', ...json('SeizurePage') } }, {
        parameters: [...FROM_TO, query('gate', 'Gate code, e.g. LA-BTN'), query('category', 'Commodity category'), query('source', 'Source authority'), ...PAGE],
      }),
    },
    '/v1/seizure-cases/{id}': {
      ...(seizurePaths['/v1/seizure-cases/{id}'] as object),
      get: op('One seizure case in full (audited)', ['officer', 'admin'], { '200': { description: 'The case; personal data withheld unless the token grants it. Every request, misses included, is recorded in the read audit (seizure-read) with the case returned', ...json('SeizureDetail') }, '404': problem('No such case in this view'), '409': problem('Several sources hold this id: name one with ?source=') }, { parameters: [ID, query('source', 'Source authority of the case; needed only when partners hold the same id')] }),
    },
    ...alertPaths,
    ...submitPaths('alert-hits', 'AlertHit', hitWriters, ['withdraw'], false),
    ...submitPaths('policy-changes', 'PolicyChange', writers, ['withdraw', 'supersede'], false),
    '/v1/alerts': {
      get: op('Live alerts targeting a gate: URGENT first, then by expiry (audited)', ['border-branch', 'officer', 'admin'], { '200': { description: 'The alerts, with plates, VINs and free text; recorded in the read audit (alert-list) with each alert returned', ...json('AlertList') } }, {
        parameters: [query('gate', 'Gate code; a border branch\'s own gate by default, and the only one it may ask for'), query('at', 'Instant of validity (default now)')],
      }),
    },
    '/v1/plates/{plate}': {
      get: op('Live alerts and past seizures for a plate (audited)', ['border-branch', 'officer', 'admin'], { '200': { description: 'What the view knows of the conveyance; recorded in the read audit (plate-lookup) with each alert and seizure returned, none found included', ...json('PlateLookup') } }, {
        parameters: [path('plate', 'The plate as typed; case, spaces, dashes and dots are ignored')],
      }),
    },
    '/v1/policy-changes/in-force': {
      get: op('Policy and checkpoint changes in force at a gate', ['border-branch', 'officer', 'analyst', 'admin'], { '200': { description: 'The changes in force', ...json('PolicyList') } }, {
        parameters: [query('gate', 'Gate code; a border branch\'s own gate by default'), query('at', 'Date or instant (default now)')],
      }),
    },
    '/v1/alert-hits/mine': {
      get: op('Hits on the alerts this authority issued, newest first (audited)', ['officer', 'admin', 'border-branch'], { '200': { description: 'A page of hits, with the vehicle as found and free text; recorded in the read audit (hit-list) with each hit of the page', ...json('HitPage') } }, { parameters: PAGE }),
    },
    '/v1/analytics/seizures': {
      get: op('Seizure counts and exact quantity totals per unit, grouped', ['analyst', 'officer', 'admin', 'border-branch'], { '200': { description: 'The groups', ...json('Trends') } }, {
        parameters: [query('groupBy', 'Dimension', { enum: ['month', 'category', 'gate', 'route', 'concealment', 'source'] }, true), ...FROM_TO],
      }),
    },
    '/v1/audit': {
      get: op('The read audit, newest first (audited)', ['admin'], { '200': { description: 'A page of entries; the read is itself recorded (audit-read) with the ids of the entries returned', ...json('AuditPage') } }, {
        parameters: [...FROM_TO, query('actor', 'Token subject'), query('action', 'Kind of read', { enum: [...AUDIT_ACTIONS] }), ...PAGE],
      }),
    },
    '/v1/dead-letters': {
      get: op('Records the projector refused, newest first, with their reasons (never the refused content; re-drive with npm run dead-letters)', ['admin'], { '200': { description: 'Dead letters', ...json('DeadLetterList') } }, {
        parameters: [query('reason', 'Only this reason, e.g. agreement-unredacted'), query('limit', '1 to 100 (default 50)', { type: 'integer', minimum: 1, maximum: 100 })],
      }),
    },
    '/v1/outbox/set-aside': {
      get: op('Outbox documents set aside as unsendable, oldest first, with the reason', ['admin'], { '200': { description: 'Set-aside documents', ...json('SetAsideList') } }, {
        parameters: [query('limit', '1 to 100 (default 50)', { type: 'integer', minimum: 1, maximum: 100 })],
      }),
    },
    '/v1/outbox/set-aside/{id}/release': {
      post: op('Puts a set-aside outbox document back in line for the relay, once its cause is fixed', ['admin'], { '200': { description: 'Released', ...json('Released') }, '404': problem('No such set-aside document') }, {
        parameters: [path('id', 'Outbox document id: recordId:revision')],
      }),
    },
    '/healthz': { get: { summary: 'Liveness. Prometheus metrics are not on this port: see BEX_METRICS_PORT', security: [], responses: { '200': { description: 'The process serves HTTP', ...json('Health') } } } },
    '/readyz': {
      get: {
        summary: 'Readiness: the database, and Kafka and the schema registry where this process runs the relay or projector',
        security: [],
        responses: { '200': { description: 'Every dependency answers', ...json('Ready') }, '503': problem('errors names each unreachable dependency') },
      },
    },
    '/openapi.json': { get: { summary: 'This document', security: [], responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } } } } },
  },
  components: {
    securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A token of this authority\'s identity provider (ES256/RS256), with claims authority, office or gate, roles, personal_data.' } },
    schemas: SCHEMAS,
  },
} as const;
