// The OpenAPI 3.1 document of the api, built from the route tables (each route's `doc`) and the
// Avro-derived record schemas, so it describes what is mounted and cannot drift from it. What every
// /v1 route shares (authentication, the body parser, the rate limit, errors) is added here once.
import { paramSchema, type ParamSpecs } from '../../../domain/query-params';
import type { Endpoint } from '../auth/endpoint';
import { PROBLEM_BASE } from '../problem';
import type { FieldRule, OpenRoute, OperationDoc, ProblemDoc } from './operation-doc';
import { recordComponents, requestSchemaName } from './record-schemas';
import { RESPONSE_SCHEMAS } from './response-schemas';

export type Documented = Pick<Endpoint<unknown>, 'method' | 'path' | 'roles' | 'doc'>;

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: Record<string, unknown>;
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, unknown>; schemas: Record<string, unknown> };
  [key: string]: unknown;
}

export interface Operation {
  operationId: string;
  parameters?: Array<{ name: string; in: 'path' | 'query'; required: boolean; description: string; schema: Record<string, unknown> }>;
  requestBody?: { required: boolean; content: Record<string, { schema: Record<string, unknown> }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Record<string, unknown> }>; headers?: Record<string, unknown> }>;
  'x-roles'?: readonly string[];
  'x-rules'?: readonly FieldRule[];
  [key: string]: unknown;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const header = (description: string, schema: Record<string, unknown>) => ({ description, schema });
const RETRY_AFTER = { 'Retry-After': header('Seconds until trying again may succeed', { type: 'integer', minimum: 1 }) };

// What any /v1 route can answer besides its own: every request passes authentication, the body
// parser (a body on any method is read as JSON) and the rate limit; 500 is any failure of ours.
const V1_PROBLEMS: readonly ProblemDoc[] = [
  { status: 400, codes: ['malformed-json', 'bad-request'], description: 'The body is not JSON or could not be read' },
  { status: 401, codes: ['unauthenticated'], description: 'No valid bearer token of this authority\'s identity provider' },
  { status: 403, codes: ['wrong-authority', 'role-not-allowed'], description: 'A token of another authority, or of no role this route allows' },
  { status: 413, codes: ['payload-too-large'], description: 'The body exceeds 1 MB' },
  { status: 415, codes: ['unsupported-media-type'], description: 'A body that is not application/json (UTF-8, identity, gzip or deflate)' },
  { status: 429, codes: ['rate-limited'], description: 'This client address (before authentication: BEX_RATE_LIMIT_PER_ADDRESS_PER_MINUTE, burst BEX_RATE_LIMIT_PER_ADDRESS_BURST) or this token subject (BEX_RATE_LIMIT_PER_MINUTE, burst BEX_RATE_LIMIT_BURST) made more requests than its limit' },
  { status: 500, codes: ['internal'], description: 'The request could not be completed; quote the request id' },
  { status: 503, codes: ['identity-provider-unavailable', 'database-unavailable'], description: 'The identity provider\'s keys cannot be loaded, or the database does not answer (a write\'s outcome is then unknown: look for it before sending it again)' },
];
const OPEN_PROBLEMS: readonly ProblemDoc[] = [{ status: 500, codes: ['internal'], description: 'The request could not be completed; quote the request id' }];
const HEADERS: Record<number, Record<string, unknown>> = {
  401: { 'WWW-Authenticate': header('The bearer scheme and realm (RFC 6750)', { type: 'string' }) },
  429: RETRY_AFTER,
  503: RETRY_AFTER,
};

/** The JSON Schema of a problem answer of this status carrying one of these problem types. */
export function problemSchema(status: number, codes: readonly string[]): Record<string, unknown> {
  return { allOf: [ref('Problem'), { properties: { type: { enum: codes.map((c) => `${PROBLEM_BASE}${c}`) }, status: { const: status } } }] };
}

function problemResponses(problems: readonly ProblemDoc[]): Operation['responses'] {
  const byStatus = new Map<number, ProblemDoc[]>();
  for (const p of problems) byStatus.set(p.status, [...(byStatus.get(p.status) ?? []), p]);
  return Object.fromEntries(
    [...byStatus].map(([status, docs]) => {
      const codes = [...new Set(docs.flatMap((d) => d.codes))];
      const response = { description: docs.map((d) => d.description).join('; '), content: { 'application/problem+json': { schema: problemSchema(status, codes) } } };
      return [String(status), HEADERS[status] ? { ...response, headers: HEADERS[status] } : response];
    }),
  );
}

function parameters(specs: ParamSpecs | undefined, where: 'path' | 'query'): NonNullable<Operation['parameters']> {
  return Object.entries(specs ?? {}).map(([name, spec]) => ({ name, in: where, required: where === 'path' || spec.required === true, description: spec.description, schema: paramSchema(spec) }));
}

function operation(doc: OperationDoc, v1: { roles: readonly string[]; bodyRules: readonly FieldRule[] } | undefined): Operation {
  const problems: ProblemDoc[] = [...(v1 ? V1_PROBLEMS : OPEN_PROBLEMS), ...(doc.refusals ?? [])];
  if (doc.query !== undefined) problems.push({ status: 400, codes: ['invalid-query'], description: 'A query parameter is invalid or unknown; errors names each one' });
  if (doc.body !== undefined) problems.push({ status: 400, codes: ['validation'], description: 'The body is not a valid record; errors names each failing field' });
  const ok = { description: doc.ok.description, content: { [doc.ok.mediaType ?? 'application/json']: { schema: ref(doc.ok.schema) } } };
  const rules = [...(doc.rules ?? []), ...(v1?.bodyRules ?? [])];
  const params = [...parameters(doc.path, 'path'), ...parameters(doc.query, 'query')];
  const roles = v1 ? ` Roles: ${v1.roles.join(', ')}.` : '';
  return {
    operationId: doc.operationId,
    summary: doc.summary,
    description: `${doc.description ?? ''}${roles}`.trim(),
    ...(v1 ? { 'x-roles': v1.roles } : { security: [] }),
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(doc.body === undefined ? {} : { requestBody: { required: true, content: { 'application/json': { schema: ref(requestSchemaName(doc.body)) } } } }),
    responses: {
      [String(doc.ok.status)]: doc.ok.status === 202 ? { ...ok, headers: { Location: header('Where the record will be read', { type: 'string' }) } } : ok,
      ...problemResponses(problems),
    },
    ...(rules.length > 0 ? { 'x-rules': rules } : {}),
  };
}

function merged(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const clash = Object.keys(a).filter((k) => k in b);
  if (clash.length > 0) throw new Error(`components named twice: ${clash.join(', ')}`);
  return { ...a, ...b };
}

/** `/v1/seizure-cases/:id` as OpenAPI writes it: `/v1/seizure-cases/{id}`. */
export const openApiPath = (expressPath: string): string => expressPath.replace(/:(\w+)/g, '{$1}');

export function buildOpenApiDocument(endpoints: readonly Documented[], open: readonly OpenRoute[]): OpenApiDocument {
  const records = recordComponents();
  const paths: OpenApiDocument['paths'] = {};
  const add = (route: { method: string; path: string }, op: Operation): void => {
    const item = (paths[openApiPath(route.path)] ??= {});
    if (item[route.method]) throw new Error(`${route.method.toUpperCase()} ${route.path} is in the route tables twice`);
    item[route.method] = op;
  };
  for (const e of endpoints) add(e, operation(e.doc, { roles: e.roles, bodyRules: e.doc.body ? records.rules[e.doc.body] : [] }));
  for (const r of open) add(r, operation(r.doc, undefined));
  return {
    openapi: '3.1.0',
    info: {
      title: 'BEX authority api',
      version: '1.0.0',
      description: [
        'One customs authority\'s api of the Border Enforcement Exchange: submissions go to its outbox, queries read its own view. Errors are application/problem+json (RFC 9457); `type` names the problem.',
        'Every read whose answer can carry a plate, a VIN, identity data or free text about people (plate lookups, seizure details, alerts at a gate, hits on own alerts, the audit itself) writes one entry to the read audit per request, naming each record returned. Analysts get summaries and aggregates only. Personal data is present only for tokens with personal_data true.',
        'A method a path does not list here is answered 405 with `Allow`; OPTIONS answers 204 with `Allow` naming the methods listed here. `x-rules` lists what the schemas cannot state: a request that breaks one is refused (400) with an error of that path and message.',
      ].join('\n\n'),
    },
    servers: [{ url: '/' }],
    security: [{ bearerAuth: [] }],
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A token of this authority\'s identity provider (ES256/RS256), with claims authority, office or gate, roles, personal_data.' } },
      schemas: merged(RESPONSE_SCHEMAS, records.schemas),
    },
  };
}
