// /openapi.json against the app: every route the router serves is in the document with its
// method, nothing is documented that is not served, and real answers match their schemas.
import Ajv2020 from 'ajv/dist/2020';
import type { Router } from 'express';
import pino from 'pino';
import { botenSeizure } from '@bex/schemas';
import { API_ENDPOINTS, createApp } from '../app';
import { call, startTestApi, type TestApi } from '../test-api.test-helper';
import { OPERATOR_ENDPOINTS, QUERY_ENDPOINTS } from './index';
import { OPENAPI_DOCUMENT } from './openapi-document';
import { seedView } from './seeded-view.test-helper';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('LA');
  await seedView(api.conn);
});
afterAll(async () => api.close());

const documented = new Set(
  Object.entries(OPENAPI_DOCUMENT.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`)),
);

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every (method, path) the express app routes, found by walking its router and sub-routers. */
function served(stack: Layer[]): string[] {
  return stack.flatMap((layer) => {
    if (layer.route) return Object.keys(layer.route.methods).map((m) => `${m.toUpperCase()} ${layer.route!.path}`);
    return layer.handle?.stack ? served(layer.handle.stack) : [];
  });
}

describe('the OpenAPI document', () => {
  // The dashboard's router, mounted at /dashboard, shows its own routes unprefixed ('GET /'): the
  // page and its files are not part of the api's contract.
  const routes = () => {
    const app = createApp({ authority: 'LA', outbox: api.outbox, logger: pino({ level: 'silent' }), auth: api.identity.auth });
    return served((app as unknown as { router: Router & { stack: Layer[] } }).router.stack).filter((r) => r !== 'GET /');
  };

  it('is served as OpenAPI 3.1 with a bearer JWT scheme', async () => {
    const answer = await call(api, 'GET', '/openapi.json', undefined, { authorization: '' });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ openapi: '3.1.0', components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } } });
  });

  it('documents every route of the route tables and of the router, and nothing else', () => {
    const tables = [...API_ENDPOINTS, ...QUERY_ENDPOINTS, ...OPERATOR_ENDPOINTS].map((e) => `${e.method.toUpperCase()} ${e.path}`);
    expect(tables.filter((r) => !documented.has(r))).toEqual([]);
    const router = routes();
    expect(router.filter((r) => !documented.has(r))).toEqual([]);
    expect([...documented].filter((r) => !router.includes(r))).toEqual([]);
  });

  it('declares for each /v1 operation the roles of its route', () => {
    const paths = OPENAPI_DOCUMENT.paths as unknown as Record<string, Record<string, { 'x-roles': string[] }>>;
    for (const e of [...API_ENDPOINTS, ...QUERY_ENDPOINTS, ...OPERATOR_ENDPOINTS]) {
      expect([e.path, [...paths[e.path.replace(/:(\w+)/g, '{$1}')]![e.method]!['x-roles']].sort()]).toEqual([e.path, [...e.roles].sort()]);
    }
  });

  it('describes the real answers', async () => {
    const defs = JSON.parse(JSON.stringify(OPENAPI_DOCUMENT.components.schemas).replaceAll('#/components/schemas/', 'bex#/$defs/')) as Record<string, unknown>;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
    ajv.addFormat('uri', /^https?:\/\//);
    ajv.addSchema({ $id: 'bex', $defs: defs });
    const admin = { authorization: `Bearer ${api.identity.token({ roles: ['admin'] })}` };
    const cases: Array<[string, string, number]> = [
      ['/v1/alerts?gate=LA-DTO', 'AlertList', 200],
      ['/v1/plates/43C-123.45', 'PlateLookup', 200],
      ['/v1/seizure-cases?limit=1', 'SeizurePage', 200],
      [`/v1/seizure-cases/${botenSeizure.meta.recordId}`, 'SeizureDetail', 200],
      ['/v1/seizure-cases/nothing-here', 'Problem', 404],
      ['/v1/policy-changes/in-force?gate=LA-BTN&at=2025-11-10', 'PolicyList', 200],
      ['/v1/alert-hits/mine', 'HitPage', 200],
      ['/v1/analytics/seizures?groupBy=route&from=2025-01-01', 'Trends', 200],
      ['/v1/audit', 'AuditPage', 200],
      ['/v1/analytics/seizures', 'Problem', 400],
      ['/healthz', 'Health', 200],
      ['/readyz', 'Ready', 200],
    ];
    for (const [path, schema, expected] of cases) {
      const answer = await call(api, 'GET', path, undefined, admin);
      const validate = ajv.getSchema(`bex#/$defs/${schema}`)!;
      expect([path, answer.status, validate(answer.body) ? [] : validate.errors]).toEqual([path, expected, []]);
    }
  });
});
