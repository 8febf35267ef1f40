// The per-address rate limit on the real app: it comes before authentication, so a flood of forged
// tokens from one address is answered 429 (problem+json, Retry-After) without verifying them, and a
// valid token from that address waits too; X-Forwarded-For counts only as far as proxies are
// trusted; health, readiness and the OpenAPI document are not limited.
import { generateKeyPairSync } from 'node:crypto';
import { call, startTestApi, type TestApi } from './test-api.test-helper';

const PROBLEM = /^application\/problem\+json/;
const rogue = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;

describe('per-address rate limit, no proxy trusted', () => {
  let api: TestApi;
  let clock = 1_000_000;
  beforeAll(async () => {
    // Three at once, then one a second; the clock is the test's, so the refill is not a race.
    api = await startTestApi('LA', { addressRateLimit: { perMinute: 60, burst: 3, trustedProxyHops: 0, now: () => clock } });
  });
  afterAll(async () => api.close());

  // Well formed and signed, by a key that is not the provider's: refusing it takes a signature check.
  const forged = () => ({ authorization: `Bearer ${api.identity.token({ sub: `forger-${Math.random()}` }, { key: rogue })}` });
  const signatureChecks = () => api.logs.filter((l) => l.msg === 'request refused' && l.auth === 'signature').length;

  it('refuses forged tokens by address once the burst is spent, before verifying them, and a valid token with them', async () => {
    for (let i = 0; i < 3; i++) expect((await call(api, 'GET', '/v1/alerts?gate=LA-DTO', undefined, forged())).status).toBe(401);
    expect(signatureChecks()).toBe(3);

    for (let i = 0; i < 5; i++) {
      const refused = await call(api, 'GET', '/v1/alerts?gate=LA-DTO', undefined, forged());
      expect(refused.status).toBe(429);
      expect(refused.headers.get('content-type')).toMatch(PROBLEM);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect(refused.body).toMatchObject({ type: 'https://bex.example/problems/rate-limited', status: 429, instance: '/v1/alerts' });
    }
    expect(signatureChecks()).toBe(3);
    expect(api.logs.some((l) => l.msg === 'request refused: address rate limit' && l.address === '127.0.0.1')).toBe(true);
    // The same address with a valid token waits as well: the limit does not know tokens.
    expect((await call(api, 'GET', '/v1/alerts?gate=LA-DTO')).status).toBe(429);

    clock += 1_000;
    expect((await call(api, 'GET', '/v1/alerts?gate=LA-DTO')).status).toBe(200);
    expect((await call(api, 'GET', '/v1/alerts?gate=LA-DTO')).status).toBe(429);
  });

  it('ignores X-Forwarded-For when no proxy is trusted: a client cannot name itself a new address', async () => {
    clock += 60_000;
    for (let i = 0; i < 3; i++) await call(api, 'GET', '/v1/alerts?gate=LA-DTO', undefined, { 'x-forwarded-for': `203.0.113.${i}` });
    expect((await call(api, 'GET', '/v1/alerts?gate=LA-DTO', undefined, { 'x-forwarded-for': '203.0.113.99' })).status).toBe(429);
  });

  it('does not limit health, readiness or the OpenAPI document', async () => {
    for (let i = 0; i < 10; i++) {
      expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
      expect((await fetch(`${api.url}/openapi.json`)).status).toBe(200);
    }
  });
});

describe('per-address rate limit behind one trusted proxy', () => {
  let api: TestApi;
  const clock = 5_000_000;
  beforeAll(async () => {
    api = await startTestApi('LA', { addressRateLimit: { perMinute: 60, burst: 2, trustedProxyHops: 1, now: () => clock } });
  });
  afterAll(async () => api.close());

  // The test is the proxy (127.0.0.1): it appends the address it was reached from.
  const via = (client: string, sentByClient?: string) => ({ 'x-forwarded-for': sentByClient === undefined ? client : `${sentByClient}, ${client}` });
  const status = async (headers: Record<string, string>) => (await call(api, 'GET', '/v1/alerts?gate=LA-DTO', undefined, headers)).status;

  it('counts each client the proxy names, not the proxy, and not what a client wrote itself', async () => {
    expect([await status(via('198.51.100.1')), await status(via('198.51.100.1'))]).toEqual([200, 200]);
    expect(await status(via('198.51.100.1'))).toBe(429);
    // Another client behind the same proxy is served.
    expect(await status(via('198.51.100.2'))).toBe(200);
    // A forged entry to the left of what the proxy wrote changes nothing.
    expect(await status(via('198.51.100.1', '192.0.2.77'))).toBe(429);
    expect(api.logs.some((l) => l.msg === 'request refused: address rate limit' && l.address === '198.51.100.1')).toBe(true);
  });

  it('counts a client\'s whole IPv6 /64 as one', async () => {
    expect([await status(via('2001:db8:5:6::1')), await status(via('2001:db8:5:6::2'))]).toEqual([200, 200]);
    expect(await status(via('2001:db8:5:6:ffff::9'))).toBe(429);
    expect(await status(via('2001:db8:5:7::1'))).toBe(200);
  });
});
