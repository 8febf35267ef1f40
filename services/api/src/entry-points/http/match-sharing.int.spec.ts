// Only the originator shares, at the api on the real database: LA's view holds VN's alert on truck
// 43C-123.45 and CN's seizure of that truck at Mohan. Confirming the match makes LA's hit to VN;
// under the deployed agreements CN shares no seizures with VN, so the hit LA journals carries only
// LA's own facts. Where CN's agreement with VN allows seizures, it carries them, redacted as that
// agreement says.
import { join } from 'node:path';
import { botenSeizure } from '@bex/schemas';
import { loadAgreements, repositoryRoot, type Agreement, type AnyRecord } from '@bex/shared';
import { MatchStore, ViewStore, viewDocument } from '@bex/view';
import { liveTruckAlert } from './queries/seeded-view.test-helper';
import { call, startTestApi, type TestApi } from './test-api.test-helper';

const DEPLOYED = loadAgreements(join(repositoryRoot(__dirname), 'deploy', 'agreements'));
const CN_SHARES_SEIZURES_WITH_VN: Agreement[] = DEPLOYED.map((a) =>
  a.source === 'CN' && a.recipient === 'VN' ? { ...a, recordTypes: [...a.recordTypes, 'SeizureCase'], removePaths: ['conveyance.vin', 'route'] } : a,
);

/** CN's seizure of the alerted truck at Mohan, as LA's view holds it (CN→LA redactions made). */
function cnSeizure(): AnyRecord {
  const r = structuredClone(botenSeizure) as unknown as Record<string, unknown> & { meta: Record<string, unknown> };
  r.meta = { ...r.meta, source: 'CN', recipient: 'LA', recordId: '6d1f3f0e-1c9b-4c55-9a51-0c1e2d3f4a5b', issuingOffice: 'CN-MHN' };
  r.location = { ...(r.location as object), gateCode: 'CN-MHN', name: 'Mohan', country: 'CN' };
  r.conveyance = { ...(r.conveyance as object), plate: '43C-123.45', plateCountry: 'VN', vin: 'LZZ5CLSB8KA654321' };
  return r as unknown as AnyRecord;
}

/** An LA api whose view holds the alert, the seizure and their possible match; answers the match's id. */
async function laWithMatch(agreements: readonly Agreement[]): Promise<{ api: TestApi; matchId: string }> {
  const api = await startTestApi('LA', { agreements });
  const now = Date.now();
  const views = new ViewStore(api.conn);
  await views.init();
  await views.apply('VehicleRiskAlert', [viewDocument(liveTruckAlert(now), now)]);
  const seizure = viewDocument(cnSeizure(), now);
  await views.apply('SeizureCase', [seizure]);
  const matches = new MatchStore(api.conn);
  await matches.init();
  expect(await matches.take([{ type: 'SeizureCase', doc: seizure }], new Date(now))).toBe(1);
  const listed = await call(api, 'GET', '/v1/matches');
  const items = listed.body.items as Array<{ id: string; gates: string[] }>;
  expect(items.map((m) => m.gates)).toEqual([['CN-MHN']]);
  return { api, matchId: items[0]!.id };
}

async function confirmedHit(api: TestApi, matchId: string): Promise<Record<string, unknown>> {
  const before = Date.now();
  const answer = await call(api, 'POST', `/v1/matches/${matchId}/confirm`);
  expect([answer.status, answer.body.errors]).toEqual([202, undefined]);
  const doc = await api.outbox.model.findOne({ recordId: answer.body.recordId as string }).lean();
  const hit = doc!.record as unknown as Record<string, unknown>;
  expect(hit.seenAt).toEqual(expect.any(Number));
  expect(hit).toMatchObject({ alertSource: 'VN', reportingAuthority: 'LA', checkReason: 'ALERT_MATCH', result: 'SEIZURE' });
  return { ...hit, confirmedSince: before };
}

describe('confirming a match between VN\'s alert and CN\'s seizure at LA', () => {
  let api: TestApi | undefined;
  afterEach(async () => api?.close());

  it('sends VN nothing of CN\'s seizure when CN shares no seizures with VN (the deployed CN→VN agreement)', async () => {
    const started = await laWithMatch(DEPLOYED);
    api = started.api;
    const hit = await confirmedHit(api, started.matchId);
    // An officer of LA's headquarters confirmed: LA's own facts are its office, the time and the result.
    expect(hit).toMatchObject({ location: { gateCode: null, name: 'LA-HQ', country: 'LA' }, observedVehicle: null, route: null, linkedSeizureId: null });
    expect(hit.seenAt as number).toBeGreaterThanOrEqual(hit.confirmedSince as number);
    const text = JSON.stringify(hit);
    for (const cnValue of ['CN-MHN', 'Mohan', 'LZZ5CLSB8KA654321', '6d1f3f0e-1c9b-4c55-9a51-0c1e2d3f4a5b', botenSeizure.conveyance!.crossBorderPermitNumber!]) expect(text).not.toContain(cnValue);
  });

  it('carries CN\'s place, time and vehicle, redacted as CN→VN says, when that agreement shares seizures', async () => {
    const started = await laWithMatch(CN_SHARES_SEIZURES_WITH_VN);
    api = started.api;
    const hit = await confirmedHit(api, started.matchId);
    expect(hit).toMatchObject({
      location: { gateCode: 'CN-MHN', name: 'Mohan', country: 'CN' },
      seenAt: botenSeizure.seizedAt,
      observedVehicle: { plate: '43C-123.45', vin: null, make: botenSeizure.conveyance!.make },
      route: null,
      linkedSeizureId: '6d1f3f0e-1c9b-4c55-9a51-0c1e2d3f4a5b',
    });
  });
});
