// Trends requests in flight per token subject, on the real app over a seeded view: of many sent at
// once by one subject, at most two are answered and the rest get 429 problem+json with
// Retry-After; another subject is served meanwhile, and once the answers are out the subject is
// served again. No rate limit is set, so every 429 here is the in-flight limit's.
import { call, startTestApi, type Answer, type TestApi } from '../test-api.test-helper';
import { seedView } from './seeded-view.test-helper';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('LA');
  // Enough seizures that each trends read takes a while, so requests sent together overlap.
  await seedView(api.conn, 400);
});
afterAll(async () => api.close());

const TRENDS = '/v1/analytics/seizures?groupBy=month&compare=previous';
const as = (sub: string) => ({ authorization: `Bearer ${api.identity.token({ sub, roles: ['analyst'], office: 'LA-HQ' })}` });
const statuses = (answers: Answer[]) => answers.map((a) => a.status).sort();

describe('trends requests in flight per token subject', () => {
  it('answers at most two of one subject\'s requests sent at once, refusing the rest with 429 and Retry-After', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => call(api, 'GET', i % 2 === 0 ? TRENDS : TRENDS.replace('seizures?', 'seizures.csv?'), undefined, as('eager-analyst'))));
    const served = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status === 429);
    expect(served.length + refused.length).toBe(10);
    expect(served.length).toBeGreaterThanOrEqual(2);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    for (const r of refused) {
      expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(r.headers.get('retry-after')).toBe('1');
      expect(r.body).toMatchObject({ type: 'https://bex.example/problems/rate-limited', status: 429, detail: expect.stringContaining('at most 2 trends requests') });
    }
    expect(api.logs.some((l) => l.msg === 'request refused: analytics in flight' && l.sub === 'eager-analyst')).toBe(true);
  });

  it('serves another subject while one is at its limit', async () => {
    const eager = Array.from({ length: 6 }, () => call(api, 'GET', TRENDS, undefined, as('busy-analyst')));
    const other = call(api, 'GET', TRENDS, undefined, as('patient-analyst'));
    expect((await other).status).toBe(200);
    expect(statuses(await Promise.all(eager))).toContain(429);
  });

  it('frees a subject\'s slots once its answers are out, refused ones and failed ones included', async () => {
    await Promise.all(Array.from({ length: 6 }, () => call(api, 'GET', TRENDS, undefined, as('returning-analyst'))));
    expect((await call(api, 'GET', '/v1/analytics/seizures?groupBy=nothing', undefined, as('returning-analyst'))).status).toBe(400);
    expect((await call(api, 'GET', '/v1/analytics/seizures?groupBy=month&from=2030-01-01&to=2020-01-01', undefined, as('returning-analyst'))).status).toBe(400);
    // One after another, each after the last answer: never two in flight, never refused.
    for (let i = 0; i < 5; i++) expect((await call(api, 'GET', TRENDS, undefined, as('returning-analyst'))).status).toBe(200);
  });
});
