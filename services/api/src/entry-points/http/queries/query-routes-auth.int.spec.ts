// Every query route against the real app: no token gets 401, a verified token of another
// authority 403, and each role is let in exactly where the route table says.
import { randomUUID } from 'node:crypto';
import { ROLES, type Role } from '../auth/principal';
import type { Endpoint } from '../auth/endpoint';
import { startTestApi, type TestApi } from '../test-api.test-helper';
import { QUERY_ENDPOINTS } from './index';
import { seedView } from './seeded-view.test-helper';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('LA');
  await seedView(api.conn);
});
afterAll(async () => api.close());

const ENDPOINTS = QUERY_ENDPOINTS.map((e) => [`${e.method.toUpperCase()} ${e.path}`, e] as const);
const urlOf = (e: Endpoint<unknown>) => `${api.url}${e.path.replace(':plate', '43C-123.45').replace(':id', randomUUID())}`;
const status = async (e: Endpoint<unknown>, authorization?: string) =>
  (await fetch(urlOf(e), { headers: authorization === undefined ? {} : { authorization } })).status;
const tokenFor = (role: Role) => api.identity.token({ roles: [role], ...(role === 'border-branch' ? { office: null, gate: 'LA-BTN' } : {}) });

describe('authorisation of every query route', () => {
  it.each(ENDPOINTS)('%s lets in exactly the roles it declares', async (_name, endpoint) => {
    const outcome = await Promise.all(ROLES.map(async (role) => [role, await status(endpoint, `Bearer ${tokenFor(role)}`)] as const));
    expect(outcome.filter(([, s]) => s === 403).map(([r]) => r).sort()).toEqual(ROLES.filter((r) => !endpoint.roles.includes(r)).sort());
    expect(outcome.filter(([, s]) => s === 401 || s >= 500)).toEqual([]);
  });

  it.each(ENDPOINTS)('%s refuses a missing token with 401 and another authority\'s with 403', async (_name, endpoint) => {
    expect(await status(endpoint)).toBe(401);
    expect(await status(endpoint, `Bearer ${api.identity.token({ authority: 'VN', roles: ['admin', 'officer', 'analyst'] })}`)).toBe(403);
  });

  it('reads are open to the read roles only: nothing but the audit for admins alone, nothing writes', () => {
    expect(QUERY_ENDPOINTS.every((e) => e.method === 'get')).toBe(true);
    expect(QUERY_ENDPOINTS.filter((e) => e.roles.length === 1 && e.roles[0] === 'admin').map((e) => e.path)).toEqual(['/v1/audit']);
    expect(QUERY_ENDPOINTS.filter((e) => e.path.startsWith('/v1/audit')).map((e) => e.method)).toEqual(['get']);
  });
});
