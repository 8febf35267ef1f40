// /openapi.json against the app: every route the router serves is in the document with its
// method, nothing is documented that is not served, real answers match their schemas, and methods
// the document does not list are refused with 405 and Allow (OPTIONS lists exactly the documented).
import { request } from 'node:http';
import type { Router } from 'express';
import pino from 'pino';
import { botenSeizure, truckAlert } from '@bex/schemas';
import { API_ENDPOINTS, createApp, OPENAPI_DOCUMENT } from '../app';
import { call, startTestApi, type TestApi } from '../test-api.test-helper';
import { OPERATOR_ENDPOINTS, QUERY_ENDPOINTS } from '../queries';
import { MATCH_ENDPOINTS } from '../match-routes';
import { seedView } from '../queries/seeded-view.test-helper';
import { DocumentSchemas } from './fuzz/document-schemas.test-helper';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('LA');
  await seedView(api.conn);
});
afterAll(async () => api.close());

const paths = OPENAPI_DOCUMENT.paths;
const documented = new Set(Object.entries(paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`)));

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

  it('is served as the OpenAPI 3.1 document the app is built with', async () => {
    const answer = await call(api, 'GET', '/openapi.json', undefined, { authorization: '' });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(JSON.parse(JSON.stringify(OPENAPI_DOCUMENT)));
    expect(answer.body).toMatchObject({ openapi: '3.1.0', components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } } });
  });

  it('documents every route of the router, and nothing else', () => {
    const router = routes();
    expect(router.filter((r) => !documented.has(r))).toEqual([]);
    expect([...documented].filter((r) => !router.includes(r))).toEqual([]);
  });

  it('declares for each /v1 operation the roles of its route', () => {
    for (const e of [...API_ENDPOINTS, ...QUERY_ENDPOINTS, ...MATCH_ENDPOINTS, ...OPERATOR_ENDPOINTS]) {
      expect([e.path, [...(paths[e.path.replace(/:(\w+)/g, '{$1}')]![e.method]!['x-roles'] ?? [])].sort()]).toEqual([e.path, [...e.roles].sort()]);
    }
  });

  it('describes the real answers', async () => {
    const schemas = new DocumentSchemas(OPENAPI_DOCUMENT.components.schemas);
    const admin = { authorization: `Bearer ${api.identity.token({ roles: ['admin'] })}` };
    const cases: Array<[string, string, number]> = [
      ['/v1/alerts?gate=LA-DTO', '/v1/alerts', 200],
      ['/v1/plates/43C-123.45', '/v1/plates/{plate}', 200],
      ['/v1/seizure-cases?limit=1', '/v1/seizure-cases', 200],
      [`/v1/seizure-cases/${botenSeizure.meta.recordId}`, '/v1/seizure-cases/{id}', 200],
      ['/v1/seizure-cases/nothing-here', '/v1/seizure-cases/{id}', 404],
      ['/v1/policy-changes/in-force?gate=LA-BTN&at=2025-11-10', '/v1/policy-changes/in-force', 200],
      ['/v1/alert-hits/mine', '/v1/alert-hits/mine', 200],
      ['/v1/analytics/seizures?groupBy=route&from=2025-01-01', '/v1/analytics/seizures', 200],
      ['/v1/audit', '/v1/audit', 200],
      [`/v1/vehicle-alerts/${truckAlert.meta.recordId}`, '/v1/vehicle-alerts/{id}', 200],
      ['/v1/receipts/unviewed-urgent-alerts', '/v1/receipts/unviewed-urgent-alerts', 200],
      ['/v1/records/00000000-0000-4000-8000-000000000000/receipts', '/v1/records/{id}/receipts', 404],
      ['/v1/matches', '/v1/matches', 200],
      ['/v1/analytics/seizures', '/v1/analytics/seizures', 400],
      ['/healthz', '/healthz', 200],
      ['/readyz', '/readyz', 200],
    ];
    for (const [path, template, expected] of cases) {
      const answer = await call(api, 'GET', path, undefined, admin);
      const content = Object.values(paths[template]!.get!.responses[String(answer.status)]?.content ?? {})[0];
      expect([path, answer.status, content === undefined ? 'undeclared' : (schemas.problem(content.schema, answer.body) ?? 'ok')]).toEqual([path, expected, 'ok']);
    }
  });
});

/** fetch refuses to send TRACE, so this goes through node:http. */
function trace(path: string, headers: Record<string, string>): Promise<{ status: number; allow: string | undefined; body: { type?: string } }> {
  return new Promise((resolve, reject) => {
    const req = request(`${api.url}${path}`, { method: 'TRACE', headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, body: JSON.parse(text) as { type?: string } }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('methods', () => {
  it('answers a method the document does not list with 405 and Allow, with or without a token', async () => {
    for (const headers of [{}, { authorization: `Bearer ${api.identity.token()}` }] as Array<Record<string, string>>) {
      const answer = await trace('/v1/seizure-cases', headers);
      expect([answer.status, answer.allow, answer.body.type]).toEqual([405, 'POST, GET', 'https://bex.example/problems/method-not-allowed']);
    }
  });

  it('answers OPTIONS with exactly the documented methods of each path, and refuses the others', async () => {
    for (const [template, ops] of Object.entries(paths)) {
      const path = template.replace(/\{\w+\}/g, 'abc');
      const methods = Object.keys(ops).map((m) => m.toUpperCase());
      const options = await call(api, 'OPTIONS', path, undefined, { authorization: '' });
      expect([template, options.status, options.headers.get('allow')?.split(', ').sort()]).toEqual([template, 204, [...methods].sort()]);
      for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD'].filter((m) => !methods.includes(m))) {
        const answer = await fetch(`${api.url}${path}`, { method });
        expect([template, method, answer.status, answer.headers.get('allow')]).toEqual([template, method, 405, options.headers.get('allow')]);
      }
    }
  });
});
