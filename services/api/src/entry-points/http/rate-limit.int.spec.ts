// The per-subject rate limit on the real app: a subject over its bucket gets 429 problem+json with
// Retry-After; other subjects, unauthenticated callers and the health endpoints are not affected.
import { call, startTestApi, type TestApi } from './test-api.test-helper';

let api: TestApi;
let clock = 1_000_000;
beforeAll(async () => {
  // Three at once, then one a second; the clock is the test's, so the refill is not a race.
  api = await startTestApi('LA', { rateLimit: { perMinute: 60, burst: 3, now: () => clock } });
});
afterAll(async () => api.close());

const asSubject = (sub: string) => ({ authorization: `Bearer ${api.identity.token({ sub })}` });

describe('per-subject rate limit', () => {
  it('answers 429 with Retry-After once a subject has spent its burst, and serves it again after the wait', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await call(api, 'GET', '/v1/alerts?gate=LA-DTO', undefined, asSubject('busy-officer'))).status);
    expect(statuses).toEqual([200, 200, 200]);

    const refused = await call(api, 'GET', '/v1/alerts?gate=LA-DTO', undefined, asSubject('busy-officer'));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.body).toMatchObject({ type: 'https://bex.example/problems/rate-limited', title: 'Too many requests', status: 429, instance: '/v1/alerts' });
    // A write is limited the same way, before its body is even looked at.
    expect((await call(api, 'POST', '/v1/seizure-cases', {}, asSubject('busy-officer'))).status).toBe(429);
    expect(api.logs.some((l) => l.msg === 'request refused: rate limit' && l.sub === 'busy-officer')).toBe(true);

    clock += 1_000;
    expect((await call(api, 'GET', '/v1/alerts?gate=LA-DTO', undefined, asSubject('busy-officer'))).status).toBe(200);
    expect((await call(api, 'GET', '/v1/alerts?gate=LA-DTO', undefined, asSubject('busy-officer'))).status).toBe(429);
  });

  it('keeps a bucket per subject: another officer is served while one is limited', async () => {
    for (let i = 0; i < 4; i++) await call(api, 'GET', '/v1/alerts?gate=LA-DTO', undefined, asSubject('greedy'));
    expect((await call(api, 'GET', '/v1/alerts?gate=LA-DTO', undefined, asSubject('greedy'))).status).toBe(429);
    expect((await call(api, 'GET', '/v1/alerts?gate=LA-DTO', undefined, asSubject('patient'))).status).toBe(200);
  });

  it('does not limit health, readiness or the OpenAPI document, and refuses a missing token with 401, not 429', async () => {
    for (let i = 0; i < 10; i++) {
      expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
      expect((await fetch(`${api.url}/openapi.json`)).status).toBe(200);
      expect((await fetch(`${api.url}/v1/alerts?gate=LA-DTO`)).status).toBe(401);
    }
  });
});
