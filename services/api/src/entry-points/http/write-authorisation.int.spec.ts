// Writes are bound to the writer: an officer changes only its office's records, a border branch
// reports and withdraws hits only at its own gate, an admin acts for the whole authority; every
// revision names its actor in the outbox and in the audit, never in the record partners receive.
import { botenSeizure, dakTaOocHit, gateLocation, type GateCode } from '@bex/schemas';
import { requestBody } from '../../domain/request-body';
import { call, startTestApi, type TestApi } from './test-api.test-helper';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('LA');
});
afterAll(async () => api.close());

const PROBLEM = /^application\/problem\+json/;
const officerOf = (office: string, sub = `officer-at-${office}`) => ({ authorization: `Bearer ${api.identity.token({ sub, office, roles: ['officer'] })}` });
const branchAt = (gate: string) => ({ authorization: `Bearer ${api.identity.token({ sub: `branch-${gate}`, office: null, gate, roles: ['border-branch'] })}` });
const admin = () => ({ authorization: `Bearer ${api.identity.token({ sub: 'admin-1', roles: ['admin'] })}` });
const hitAt = (gate: GateCode) => requestBody('AlertHit', { ...dakTaOocHit, location: gateLocation(gate) });

async function created(path: string, body: unknown, headers: Record<string, string>): Promise<string> {
  const answer = await call(api, 'POST', path, body, headers);
  expect(answer.status).toBe(202);
  return answer.body.recordId as string;
}

describe('writes bound to the writer', () => {
  it('an officer of another office gets 403 amending or withdrawing a record; its own office and an admin may', async () => {
    const id = await created('/v1/seizure-cases', requestBody('SeizureCase', botenSeizure), officerOf('LA-BTN'));
    for (const [method, path, body] of [['PUT', `/v1/seizure-cases/${id}`, requestBody('SeizureCase', botenSeizure)], ['POST', `/v1/seizure-cases/${id}/withdraw`, undefined]] as const) {
      const refused = await call(api, method, path, body, officerOf('LA-DTO'));
      expect(refused.status).toBe(403);
      expect(refused.headers.get('content-type')).toMatch(PROBLEM);
      expect(refused.body).toMatchObject({ status: 403, detail: expect.stringContaining('LA-BTN') });
    }
    expect((await call(api, 'PUT', `/v1/seizure-cases/${id}`, requestBody('SeizureCase', botenSeizure), officerOf('LA-BTN'))).status).toBe(202);
    expect((await call(api, 'POST', `/v1/seizure-cases/${id}/withdraw`, undefined, admin())).status).toBe(202);
    // Nothing the refused requests asked for was written.
    expect((await api.outbox.model.find({ recordId: id }).lean()).map((d) => d.revision).sort()).toEqual([1, 2, 3]);
  });

  it('an officer may not submit a record as another office, nor hand its record to one', async () => {
    const body = requestBody('SeizureCase', botenSeizure);
    const asOther = { ...body, meta: { ...(body.meta as object), issuingOffice: 'LA-DTO' } };
    expect((await call(api, 'POST', '/v1/seizure-cases', asOther, officerOf('LA-BTN'))).status).toBe(403);
    const id = await created('/v1/seizure-cases', body, officerOf('LA-BTN'));
    expect((await call(api, 'PUT', `/v1/seizure-cases/${id}`, asOther, officerOf('LA-BTN'))).status).toBe(403);
  });

  it('a border branch reports hits only at its gate and withdraws only its gate\'s hits', async () => {
    const refused = await call(api, 'POST', '/v1/alert-hits', hitAt('LA-DTO'), branchAt('LA-BTN'));
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ detail: expect.stringContaining('LA-DTO') });
    const dto = await created('/v1/alert-hits', hitAt('LA-DTO'), branchAt('LA-DTO'));
    expect((await call(api, 'POST', `/v1/alert-hits/${dto}/withdraw`, undefined, branchAt('LA-BTN'))).status).toBe(403);
    expect((await call(api, 'POST', `/v1/alert-hits/${dto}/withdraw`, undefined, branchAt('LA-DTO'))).status).toBe(202);
  });

  it('each revision names its actor in the outbox, and not in the record or a second copy', async () => {
    const id = await created('/v1/seizure-cases', requestBody('SeizureCase', botenSeizure), { ...officerOf('LA-BTN', 'officer-77'), 'x-request-id': 'write-audit-1' });
    await call(api, 'POST', `/v1/seizure-cases/${id}/withdraw`, undefined, admin());
    const docs = await api.outbox.model.find({ recordId: id }).sort({ revision: 1 }).lean();
    expect(docs.map((d) => [d.revision, d.record.meta.status, d.actor])).toEqual([
      [1, 'ACTIVE', { subject: 'officer-77', office: 'LA-BTN', roles: ['officer'], requestId: 'write-audit-1' }],
      [2, 'WITHDRAWN', { subject: 'admin-1', office: 'LA-HQ', roles: ['admin'], requestId: expect.any(String) }],
    ]);
    for (const d of docs) expect(JSON.stringify(d.record)).not.toMatch(/officer-77|admin-1/);
    // The outbox is the audit of writes: nothing else holds who wrote what, so nothing can disagree.
    expect(await api.conn.collection('audit').countDocuments({ recordId: id })).toBe(0);
  });
});
