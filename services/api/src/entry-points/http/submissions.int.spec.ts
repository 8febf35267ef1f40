// Submissions through the typed client (client/api-client.ts), as any client of the api would make them.
import { ALL_SAMPLES, truckAlert } from '@bex/schemas';
import type { RecordTypeName } from '@bex/shared';
import type { ApiClient } from '../../client/api-client';
import type { Accepted } from '../../client/openapi-types';
import { RECORD_KINDS } from '../../domain/record-kinds';
import { requestBody as sampleBody } from '../../domain/request-body';
import { clientOf, startTestApi, type TestApi } from './test-api.test-helper';

let api: TestApi;
let client: ApiClient;
beforeAll(async () => {
  api = await startTestApi('VN');
  client = clientOf(api);
});
afterAll(async () => api.close());

const collectionOf = (type: RecordTypeName): string => RECORD_KINDS.find((k) => k.recordType === type)!.collection;
const alertBody = () => sampleBody('VehicleRiskAlert', truckAlert);

/** Submits a sample of any type with the submit operation of its type. */
function submit(type: RecordTypeName, sample: unknown) {
  switch (type) {
    case 'SeizureCase': return client.call('submitSeizureCase', { body: sampleBody(type, sample) });
    case 'VehicleRiskAlert': return client.call('submitVehicleRiskAlert', { body: sampleBody(type, sample) });
    case 'AlertHit': return client.call('submitAlertHit', { body: sampleBody(type, sample) });
    case 'PolicyChange': return client.call('submitPolicyChange', { body: sampleBody(type, sample) });
  }
}

function accepted(answer: { status: number; body: unknown }): Accepted {
  expect(answer.status).toBe(202);
  return answer.body as Accepted;
}

async function submitAlert(): Promise<string> {
  return accepted(await client.call('submitVehicleRiskAlert', { body: alertBody() })).recordId;
}

// A hit submitted here is VN's report (the samples' hit is LA's).
const submittedAtVn = (type: string, sample: unknown): unknown => (type === 'AlertHit' ? { ...(sample as object), reportingAuthority: 'VN' } : sample);

describe('submitting records', () => {
  it.each(ALL_SAMPLES.map((s) => [s.name, s.recordName as RecordTypeName, submittedAtVn(s.recordName, s.value)] as const))(
    '%s: 202, then one outbox document with revision 1 and server meta',
    async (_name, recordType, sample) => {
      const answer = await submit(recordType, sample);
      const { recordId, location } = accepted(answer);
      expect(answer.body).toEqual({ recordId, revision: 1, status: 'ACTIVE', location: `/v1/${collectionOf(recordType)}/${recordId}` });
      expect(answer.headers.get('location')).toBe(location);
      const stored = await api.outbox.model.findById(`${recordId}:1`).lean();
      expect(stored).toMatchObject({ state: 'pending', revision: 1, recordType });
      const { meta, ...content } = stored!.record;
      const { meta: sampleMeta, ...sampleContent } = sample as { meta: Record<string, unknown> };
      expect(content).toEqual(expect.objectContaining(sampleContent));
      const { handlingCode, reliability, reviewBy, retainUntil } = sampleMeta;
      expect(meta).toEqual({
        // Issued by the office the caller's token acts for.
        ...{ issuingOffice: 'VN-HQ', handlingCode, reliability, reviewBy, retainUntil },
        ...{ recordId, recordType, source: 'VN', recipient: 'VN', revision: 1, status: 'ACTIVE', redactedPaths: [], retraction: null, issuedAt: expect.any(Number) },
      });
      expect(Math.abs(meta.issuedAt - Date.now())).toBeLessThan(60_000);
    },
  );

  it('amends, suspends, reinstates and withdraws an alert as revisions 2 to 5', async () => {
    const id = await submitAlert();
    const path = { id };
    const amended = await client.call('amendVehicleRiskAlert', { path, body: { ...alertBody(), priority: 'ROUTINE' } });
    expect(amended.body).toMatchObject({ recordId: id, revision: 2, status: 'AMENDED' });
    expect((await client.call('suspendVehicleRiskAlert', { path })).body).toMatchObject({ revision: 3, status: 'SUSPENDED' });
    expect((await client.call('reinstateVehicleRiskAlert', { path })).body).toMatchObject({ revision: 4, status: 'ACTIVE' });
    expect((await client.call('withdrawVehicleRiskAlert', { path })).body).toMatchObject({ revision: 5, status: 'WITHDRAWN' });
    const history = await api.outbox.model.find({ recordId: id }).sort({ revision: 1 }).lean();
    expect(history.map((d) => d.record.meta.status)).toEqual(['ACTIVE', 'AMENDED', 'SUSPENDED', 'ACTIVE', 'WITHDRAWN']);
    expect(history[1]!.record.priority).toBe('ROUTINE');
    expect(history[4]!.record).toMatchObject({ vehicle: null, targetGates: [], justification: null });
  });

  it('gives ten concurrent amendments of one alert distinct revisions 2 to 11', async () => {
    const id = await submitAlert();
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => client.call('amendVehicleRiskAlert', { path: { id }, body: { ...alertBody(), targetGates: ['LA-DTO', `VN-NG${'ABCDEFGHIJ'[i]}`] } })),
    );
    expect(answers.map((a) => accepted(a).revision).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const revisions = (await api.outbox.model.find({ recordId: id }).lean()).map((d) => d.revision).sort((a, b) => a - b);
    expect(revisions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('supersedes a policy change: the new record names the old, the old becomes SUPERSEDED', async () => {
    const closure = ALL_SAMPLES.find((s) => s.name === 'botenClosure')!.value;
    const reopening = ALL_SAMPLES.find((s) => s.name === 'botenReopening')!.value;
    const oldId = accepted(await client.call('submitPolicyChange', { body: sampleBody('PolicyChange', closure) })).recordId;
    const answer = await client.call('supersedePolicyChange', { path: { id: oldId }, body: { ...sampleBody('PolicyChange', reopening), supersedes: [] } });
    const created = accepted(answer);
    expect(answer.body).toMatchObject({ revision: 1, status: 'ACTIVE', superseded: { recordId: oldId, revision: 2, status: 'SUPERSEDED' } });
    expect((await api.outbox.latest(created.recordId))!.supersedes).toEqual([oldId]);
    expect((await api.outbox.latest(oldId))!.meta).toMatchObject({ revision: 2, status: 'SUPERSEDED' });
    const again = await client.call('supersedePolicyChange', { path: { id: oldId }, body: sampleBody('PolicyChange', reopening) });
    expect(again.status).toBe(409);
  });
});
