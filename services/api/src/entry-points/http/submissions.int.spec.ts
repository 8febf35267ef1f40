import { ALL_SAMPLES, truckAlert } from '@bex/schemas';
import type { RecordTypeName } from '@bex/shared';
import { RECORD_KINDS } from '../../domain/record-kinds';
import { requestBody as sampleBody } from '../../domain/request-body';
import { call, startTestApi, type TestApi } from './test-api.test-helper';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('VN');
});
afterAll(async () => api.close());

const collectionOf = (type: RecordTypeName): string => RECORD_KINDS.find((k) => k.recordType === type)!.collection;
const alertBody = () => sampleBody('VehicleRiskAlert', truckAlert);

async function submitAlert(): Promise<string> {
  const answer = await call(api, 'POST', '/v1/vehicle-alerts', alertBody());
  expect(answer.status).toBe(202);
  return answer.body.recordId as string;
}

describe('submitting records', () => {
  it.each(ALL_SAMPLES.map((s) => [s.name, s.recordName as RecordTypeName, s.value] as const))(
    '%s: 202, then one outbox document with revision 1 and server meta',
    async (_name, recordType, sample) => {
      const answer = await call(api, 'POST', `/v1/${collectionOf(recordType)}`, sampleBody(recordType, sample));
      expect(answer.status).toBe(202);
      const recordId = answer.body.recordId as string;
      expect(answer.body).toEqual({ recordId, revision: 1, status: 'ACTIVE', location: `/v1/${collectionOf(recordType)}/${recordId}` });
      expect(answer.headers.get('location')).toBe(answer.body.location);
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
    const amended = await call(api, 'PUT', `/v1/vehicle-alerts/${id}`, { ...alertBody(), priority: 'ROUTINE' });
    expect(amended.body).toMatchObject({ recordId: id, revision: 2, status: 'AMENDED' });
    expect((await call(api, 'POST', `/v1/vehicle-alerts/${id}/suspend`)).body).toMatchObject({ revision: 3, status: 'SUSPENDED' });
    expect((await call(api, 'POST', `/v1/vehicle-alerts/${id}/reinstate`)).body).toMatchObject({ revision: 4, status: 'ACTIVE' });
    expect((await call(api, 'POST', `/v1/vehicle-alerts/${id}/withdraw`)).body).toMatchObject({ revision: 5, status: 'WITHDRAWN' });
    const history = await api.outbox.model.find({ recordId: id }).sort({ revision: 1 }).lean();
    expect(history.map((d) => d.record.meta.status)).toEqual(['ACTIVE', 'AMENDED', 'SUSPENDED', 'ACTIVE', 'WITHDRAWN']);
    expect(history[1]!.record.priority).toBe('ROUTINE');
    expect(history[4]!.record).toMatchObject({ vehicle: null, targetGates: [], justification: null });
  });

  it('gives ten concurrent amendments of one alert distinct revisions 2 to 11', async () => {
    const id = await submitAlert();
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => call(api, 'PUT', `/v1/vehicle-alerts/${id}`, { ...alertBody(), targetGates: ['LA-DTO', `VN-NG${'ABCDEFGHIJ'[i]}`] })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(202));
    expect(answers.map((a) => a.body.revision).sort((a, b) => Number(a) - Number(b))).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const revisions = (await api.outbox.model.find({ recordId: id }).lean()).map((d) => d.revision).sort((a, b) => a - b);
    expect(revisions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('supersedes a policy change: the new record names the old, the old becomes SUPERSEDED', async () => {
    const closure = ALL_SAMPLES.find((s) => s.name === 'botenClosure')!.value;
    const reopening = ALL_SAMPLES.find((s) => s.name === 'botenReopening')!.value;
    const old = await call(api, 'POST', '/v1/policy-changes', sampleBody('PolicyChange', closure));
    const oldId = old.body.recordId as string;
    const answer = await call(api, 'POST', `/v1/policy-changes/${oldId}/supersede`, { ...sampleBody('PolicyChange', reopening), supersedes: [] });
    expect(answer.status).toBe(202);
    expect(answer.body).toMatchObject({ revision: 1, status: 'ACTIVE', superseded: { recordId: oldId, revision: 2, status: 'SUPERSEDED' } });
    expect((await api.outbox.latest(answer.body.recordId as string))!.supersedes).toEqual([oldId]);
    expect((await api.outbox.latest(oldId))!.meta).toMatchObject({ revision: 2, status: 'SUPERSEDED' });
    const again = await call(api, 'POST', `/v1/policy-changes/${oldId}/supersede`, sampleBody('PolicyChange', reopening));
    expect(again.status).toBe(409);
  });
});
