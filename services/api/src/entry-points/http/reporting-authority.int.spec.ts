// A hit submitted at an authority's api is that authority's report: one naming another authority
// as the reporter is refused with 400 problem+json at `reportingAuthority`, and nothing is written.
import { dakTaOocHit } from '@bex/schemas';
import { requestBody } from '../../domain/request-body';
import { call, startTestApi, type TestApi } from './test-api.test-helper';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('VN');
});
afterAll(async () => api.close());

const hit = (reportingAuthority: string) => ({ ...requestBody('AlertHit', dakTaOocHit), reportingAuthority });

describe('an alert hit\'s reporting authority', () => {
  it('refuses a hit in another authority\'s name, naming the field, and writes nothing', async () => {
    const refused = await call(api, 'POST', '/v1/alert-hits', hit('LA'));
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ type: 'https://bex.example/problems/validation', errors: [{ path: 'reportingAuthority', message: "must be this api's own authority, the one reporting the hit" }] });
    expect(await api.outbox.model.countDocuments()).toBe(0);
  });

  it('accepts the authority\'s own hit', async () => {
    const accepted = await call(api, 'POST', '/v1/alert-hits', hit('VN'));
    expect(accepted.status).toBe(202);
    const stored = await api.outbox.latest(accepted.body.recordId as string);
    expect(stored).toMatchObject({ reportingAuthority: 'VN', meta: { source: 'VN' } });
  });
});
