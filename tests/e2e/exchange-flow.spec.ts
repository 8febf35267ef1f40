// End to end on the real stack: LA, VN and CN each run api, relay and projector; records submitted
// over HTTP reach every partner's view as their agreements say, and nowhere else.
import { requestBody } from '@bex/api';
import { botenClosure, botenReopening, botenSeizure, dakTaOocHit, truckAlert } from '@bex/schemas';
import type { AuthorityCode, RecordTypeName } from '@bex/shared';
import { callJson, eventually, startTestExchange, type TestExchange } from '../harness';

let ex: TestExchange;
beforeAll(async () => {
  ex = await startTestExchange(['LA', 'VN', 'CN']);
});
afterAll(async () => ex?.stop());

const api = (authority: string) => ex.nodes[authority]!.apiUrl!;
const view = (authority: string, type: RecordTypeName) => ex.nodes[authority]!.views.collection(type);

async function submit(authority: string, method: string, path: string, body?: unknown): Promise<{ recordId: string; revision: number }> {
  const answer = await callJson(api(authority), method, path, body, ex.token(authority as AuthorityCode));
  expect(answer.status).toBe(202);
  return answer.body as { recordId: string; revision: number };
}

/** Waits until the view of `authority` holds `recordId` at `revision` (or newer). */
const arrived = (authority: string, type: RecordTypeName, recordId: string, revision = 1) =>
  eventually(async () => (await view(authority, type).findOne({ recordId, revision: { $gte: revision } })) ?? undefined);

describe('the exchange between LA, VN and CN', () => {
  it('a seizure with personal data: complete at LA, redacted at VN, per its own agreement at CN', async () => {
    const submittedAt = Date.now();
    const { recordId } = await submit('LA', 'POST', '/v1/seizure-cases', requestBody('SeizureCase', botenSeizure));
    const atVN = await arrived('VN', 'SeizureCase', recordId);
    console.log(`LA→VN seizure visible after ${Date.now() - submittedAt} ms`);
    const atLA = await arrived('LA', 'SeizureCase', recordId);
    const atCN = await arrived('CN', 'SeizureCase', recordId);

    const persons = (doc: typeof atLA) => (doc.record as unknown as { persons: Array<Record<string, unknown>> }).persons;
    expect(persons(atLA).map((p) => p.fullName)).toEqual(botenSeizure.persons!.map((p) => p.fullName));
    expect(persons(atLA)[0]!.identityDocument).not.toBeNull();

    for (const p of persons(atVN)) {
      expect(p).toMatchObject({ fullName: null, identityDocument: null, sex: null, birthYear: null });
      expect(p.ref).toEqual(expect.any(String));
    }
    expect((atVN.record as unknown as { meta: { redactedPaths: string[] } }).meta.redactedPaths).toEqual(expect.arrayContaining(['persons[0].fullName', 'persons[1].fullName']));
    expect((atVN.record as unknown as { companies: unknown[] }).companies).toEqual(botenSeizure.companies);

    // LA→CN removes more (companies' identity, VIN, narrative) and only covers Boten–Mohan.
    const cn = atCN.record as unknown as { persons: Array<Record<string, unknown>>; companies: Array<Record<string, unknown>>; conveyance: { vin: unknown }; narrative: unknown };
    expect(cn.persons.every((p) => p.fullName === null)).toBe(true);
    expect(cn.companies.every((c) => c.name === null && c.registrationNumber === null)).toBe(true);
    expect(cn.conveyance.vin).toBeNull();
    expect(cn.narrative).toBeNull();
    expect(JSON.stringify(atCN)).not.toContain('Khamphone');
    expect(JSON.stringify(atVN)).not.toContain('Khamphone');
  });

  it('an alert amended, then withdrawn, ends withdrawn and without content at LA and VN; CN never sees it', async () => {
    const { recordId } = await submit('LA', 'POST', '/v1/vehicle-alerts', requestBody('VehicleRiskAlert', truckAlert));
    await submit('LA', 'PUT', `/v1/vehicle-alerts/${recordId}`, { ...requestBody('VehicleRiskAlert', truckAlert), priority: 'ROUTINE' });
    const amended = await arrived('VN', 'VehicleRiskAlert', recordId, 2);
    expect(amended).toMatchObject({ status: 'AMENDED', plateKeys: ['43C12345'], gates: ['LA-DTO', 'VN-NGI'] });
    await submit('LA', 'POST', `/v1/vehicle-alerts/${recordId}/withdraw`);
    for (const authority of ['LA', 'VN']) {
      const doc = await arrived(authority, 'VehicleRiskAlert', recordId, 3);
      expect(doc).toMatchObject({ _id: `LA:${recordId}`, recordId, revision: 3, status: 'WITHDRAWN', record: null, tombstone: { reason: 'WITHDRAWN' } });
      expect(doc.plateKeys).toBeUndefined();
    }
    expect(await view('CN', 'VehicleRiskAlert').countDocuments({ recordId })).toBe(0);
  });

  it('a hit reported by VN reaches LA, linked to LA\'s alert', async () => {
    const alert = await submit('LA', 'POST', '/v1/vehicle-alerts', requestBody('VehicleRiskAlert', truckAlert));
    await arrived('VN', 'VehicleRiskAlert', alert.recordId);
    const hit = await submit('VN', 'POST', '/v1/alert-hits', { ...requestBody('AlertHit', dakTaOocHit), alertId: alert.recordId, alertSource: 'LA', reportingAuthority: 'VN', linkedSeizureId: null });
    const atLA = await arrived('LA', 'AlertHit', hit.recordId);
    expect(atLA).toMatchObject({ alertId: alert.recordId, source: 'VN', gates: ['LA-DTO'] });
    expect(await view('LA', 'AlertHit').countDocuments({ alertId: alert.recordId })).toBe(1);
  });

  it('a policy change superseded by a later one: the later one is in force at Boten', async () => {
    const closure = await submit('LA', 'POST', '/v1/policy-changes', requestBody('PolicyChange', botenClosure));
    const reopening = await submit('LA', 'POST', `/v1/policy-changes/${closure.recordId}/supersede`, requestBody('PolicyChange', botenReopening));
    for (const authority of ['LA', 'VN', 'CN']) {
      await arrived(authority, 'PolicyChange', reopening.recordId);
      const old = await arrived(authority, 'PolicyChange', closure.recordId, 2);
      expect(old.status).toBe('SUPERSEDED');
      const inForce = await view(authority, 'PolicyChange')
        .find({ gates: 'LA-BTN', status: { $in: ['ACTIVE', 'AMENDED'] }, validFrom: { $lte: Date.UTC(2025, 10, 10) } })
        .toArray();
      expect(inForce.map((d) => d.recordId)).toEqual([reopening.recordId]);
      expect(inForce[0]!.record).toMatchObject({ dailyVehicleLimit: 150, checkpointStatus: botenReopening.checkpointStatus });
    }
  });
});
