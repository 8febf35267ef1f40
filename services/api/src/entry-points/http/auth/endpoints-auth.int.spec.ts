// Every endpoint of the route table, against the real app: bad tokens get one and the same 401,
// tokens of another authority and roles an endpoint does not allow get 403, and nothing is written.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { dakTaOocHit, gateLocation } from '@bex/schemas';
import { requestBody } from '../../../domain/request-body';
import { API_ENDPOINTS } from '../app';
import { call, startTestApi, type Answer, type TestApi } from '../test-api.test-helper';
import { ROLES, type Role } from './principal';
import { refusedTokens } from './refused-tokens.test-helper';
import type { Endpoint } from './endpoint';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('LA');
});
afterAll(async () => api.close());

const PROBLEM = /^application\/problem\+json/;
const ENDPOINTS = API_ENDPOINTS.map((e) => [`${e.method.toUpperCase()} ${e.path}`, e] as const);

/** The endpoint with a fresh record id, called with exactly the Authorization header given. */
function callEndpoint(e: Endpoint<unknown>, authorization: string | undefined, body: unknown = {}): Promise<Answer> {
  const headers: Record<string, string> = authorization === undefined ? {} : { authorization };
  return callWithout(e.method.toUpperCase(), e.path.replace(':id', randomUUID()), headers, body);
}

async function callWithout(method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<Answer> {
  const withBody = method !== 'GET' && body !== undefined;
  const res = await fetch(`${api.url}${path}`, {
    method,
    headers: { ...(withBody ? { 'content-type': 'application/json' } : {}), ...headers },
    body: withBody ? JSON.stringify(body) : null,
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) };
}

const tokenFor = (roles: Role[]) => api.identity.token({ roles, ...(roles.includes('border-branch') ? { office: null, gate: 'LA-BTN' } : {}) });

describe('authentication of every /v1 endpoint', () => {
  const badHeaders = (): Array<[string, string | undefined]> => {
    const vnIdp = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    return [
      ...refusedTokens(api.identity).map(([name, token]): [string, string] => [name, `Bearer ${token}`]),
      ['a missing Authorization header', undefined],
      ['a Basic header', `Basic ${Buffer.from('officer:secret').toString('base64')}`],
      ['Bearer without a token', 'Bearer '],
      ['a token without the Bearer scheme', api.identity.token()],
      ['two tokens', `Bearer ${api.identity.token()} ${api.identity.token()}`],
      ['a token of VN\'s own identity provider', `Bearer ${api.identity.token({ authority: 'VN', iss: 'https://idp.vn.bex.local/', aud: 'bex-api-vn' }, { key: vnIdp, kid: 'vn-idp-1' })}`],
    ];
  };

  it.each(ENDPOINTS)('%s refuses every bad token with the same 401 problem', async (_name, endpoint) => {
    const cases = badHeaders();
    const refusals = await Promise.all(cases.map(([, header]) => callEndpoint(endpoint, header)));
    const seen = refusals.map((answer, i) => {
      const [name, header] = cases[i]!;
      const { instance: _instance, requestId, ...rest } = answer.body;
      const fragments = header?.split(/[ .]/).filter((f) => f.length > 8) ?? [];
      return {
        name,
        status: answer.status,
        contentType: PROBLEM.test(answer.headers.get('content-type') ?? ''),
        challenge: /^Bearer realm="[^"]+"/.test(answer.headers.get('www-authenticate') ?? ''),
        body: rest,
        echoesToken: fragments.some((f) => JSON.stringify(answer.body).includes(f)),
        requestIdEchoed: requestId === answer.headers.get('x-request-id'),
      };
    });
    const expected = cases.map(([name]) => ({
      name,
      status: 401,
      contentType: true,
      challenge: true,
      body: { type: 'https://bex.example/problems/unauthenticated', title: expect.any(String), status: 401, detail: seen[0]!.body.detail },
      echoesToken: false,
      requestIdEchoed: true,
    }));
    expect(seen).toEqual(expected);
    expect(seen.map((s) => s.body.title)).toEqual(cases.map(() => seen[0]!.body.title));
    expect(await api.outbox.model.countDocuments()).toBe(0);
  });

  it.each(ENDPOINTS)('%s refuses a verified token of another authority with 403', async (_name, endpoint) => {
    const answer = await callEndpoint(endpoint, `Bearer ${api.identity.token({ authority: 'VN' })}`);
    expect(answer.status).toBe(403);
    expect(answer.headers.get('content-type')).toMatch(PROBLEM);
    expect(answer.body).toMatchObject({ type: 'https://bex.example/problems/wrong-authority', status: 403 });
  });

  it('refuses unknown /v1 paths without a token with 401, not 404', async () => {
    expect((await callWithout('GET', '/v1/nothing-here', {})).status).toBe(401);
  });

  it('leaves the health routes public', async () => {
    expect((await callWithout('GET', '/healthz', {})).status).toBe(200);
    expect((await callWithout('GET', '/readyz', {})).status).toBe(200);
  });
});

describe('roles per endpoint', () => {
  it.each(ENDPOINTS)('%s lets in exactly the roles it declares', async (_name, endpoint) => {
    const outcome = await Promise.all(ROLES.map(async (role) => [role, (await callEndpoint(endpoint, `Bearer ${tokenFor([role])}`)).status] as const));
    const refused = outcome.filter(([, status]) => status === 403).map(([role]) => role);
    expect(refused.sort()).toEqual(ROLES.filter((r) => !endpoint.roles.includes(r)).sort());
    expect(outcome.filter(([, status]) => status === 401)).toEqual([]);
  });

  it('officers and admins write everything; analysts nothing; border branches only alert hits', () => {
    const byRole = (role: Role) => API_ENDPOINTS.filter((e) => e.roles.includes(role)).map((e) => e.path);
    expect(byRole('officer')).toEqual(API_ENDPOINTS.map((e) => e.path));
    expect(byRole('admin')).toEqual(API_ENDPOINTS.map((e) => e.path));
    expect(byRole('analyst')).toEqual([]);
    expect(byRole('border-branch')).toEqual(['/v1/alert-hits', '/v1/alert-hits/:id/withdraw']);
  });

  it('refuses a seizure from an analyst or a border branch with a 403 problem', async () => {
    for (const role of ['analyst', 'border-branch'] as const) {
      const answer = await call(api, 'POST', '/v1/seizure-cases', {}, { authorization: `Bearer ${tokenFor([role])}` });
      expect(answer.status).toBe(403);
      expect(answer.headers.get('content-type')).toMatch(PROBLEM);
      expect(answer.body).toMatchObject({ type: 'https://bex.example/problems/role-not-allowed', status: 403 });
    }
  });

  it('takes a hit from a border branch, its gate as the issuing office, and logs who sent it', async () => {
    // Seen at the branch's own gate: a border branch reports hits only there.
    const body = requestBody('AlertHit', { ...dakTaOocHit, location: gateLocation('LA-BTN') }) as { meta: Record<string, unknown> };
    const answer = await call(api, 'POST', '/v1/alert-hits', body, { authorization: `Bearer ${tokenFor(['border-branch'])}`, 'x-request-id': 'hit-from-LA-BTN' });
    expect(answer.status).toBe(202);
    const stored = await api.outbox.latest(answer.body.recordId as string);
    expect((stored!.meta as unknown as Record<string, unknown>).issuingOffice).toBe('LA-BTN');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const line = api.logs.find((l) => l.requestId === 'hit-from-LA-BTN' && l.msg === 'request');
    expect(line).toMatchObject({ sub: 'test-officer-1', office: 'LA-BTN', status: 202 });
  });
});
