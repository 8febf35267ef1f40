// Free text about people follows the personal-data grant in every answer, on the real app and
// database: LA's view holds an alert, a seizure of its truck, and a partner's hit on another LA
// alert that saw the same truck, each with a marker in every free-text field that may name people,
// and the possible matches of the seizure and the hit with the first alert. A token without personal_data never sees a marker, in any route's answer (details,
// lists, the plate lookup, matches, trends and their CSV); a token with it does, so the markers are
// really there to leak.
import { dakTaOocHit, dakTaOocSeizure, gateLocation } from '@bex/schemas';
import type { AnyRecord, RecordTypeName } from '@bex/shared';
import { MatchStore, ViewStore, viewDocument } from '@bex/view';
import { GROUP_BY } from '../../../domain/analytics';
import type { Role } from '../auth/principal';
import { call, startTestApi, type TestApi } from '../test-api.test-helper';
import { liveTruckAlert } from './seeded-view.test-helper';

const NOW = Date.now();
const PLATE = '88B-246.80';
const ALERT_ID = '00000000-0000-4000-8777-000000000001';
const HIT_ID = '00000000-0000-4000-8777-000000000002';
const SEIZURE_ID = '00000000-0000-4000-8777-000000000003';
/** The alert the hit reports on (a hit is not matched to its own alert), elsewhere, on another plate. */
const OTHER_ALERT_ID = '00000000-0000-4000-8777-000000000004';
const MARKS = { justification: 'JUSTIFICATION-MARK-Q7', modusOperandi: 'MODUS-MARK-Q7', circumstances: 'CIRCUMSTANCES-MARK-Q7', narrative: 'NARRATIVE-MARK-Q7', concealment: 'CONCEALMENT-MARK-Q7' };
const texts = (mark: string) => ({ en: mark, lo: `${mark} ລາວ` });

function record(sample: unknown, recordId: string, source: string, change: Record<string, unknown>): AnyRecord {
  const r = structuredClone(sample) as AnyRecord;
  return { ...r, ...change, meta: { ...r.meta, recordId, source, recipient: 'LA' } } as AnyRecord;
}
const base = liveTruckAlert(NOW) as AnyRecord & { vehicle: object; riskIndicators: object[] };
const alert = record(base, ALERT_ID, 'LA', {
  targetGates: ['LA-DTO'],
  vehicle: { ...base.vehicle, plate: PLATE },
  justification: texts(MARKS.justification),
  riskIndicators: base.riskIndicators.map((r) => ({ ...r, modusOperandi: texts(MARKS.modusOperandi) })),
});
const otherAlert = record(base, OTHER_ALERT_ID, 'LA', { targetGates: ['LA-BTN'], justification: texts(MARKS.justification) });
const hit = record(dakTaOocHit, HIT_ID, 'VN', {
  alertId: OTHER_ALERT_ID, alertSource: 'LA', reportingAuthority: 'VN', seenAt: NOW - 3_600_000,
  observedVehicle: { ...dakTaOocHit.observedVehicle!, plate: PLATE }, circumstances: texts(MARKS.circumstances),
});
const seizure = record(dakTaOocSeizure, SEIZURE_ID, 'LA', {
  seizedAt: NOW - 7_200_000, location: gateLocation('LA-DTO'), conveyance: { ...dakTaOocSeizure.conveyance!, plate: PLATE },
  narrative: texts(MARKS.narrative), concealment: { ...dakTaOocSeizure.concealment!, text: texts(MARKS.concealment) },
});

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('LA');
  const views = new ViewStore(api.conn);
  await views.init();
  const docs: Array<[RecordTypeName, AnyRecord]> = [['VehicleRiskAlert', alert], ['VehicleRiskAlert', otherAlert], ['AlertHit', hit], ['SeizureCase', seizure]];
  for (const [type, r] of docs) await views.apply(type, [viewDocument(r, NOW)]);
  const matches = new MatchStore(api.conn);
  await matches.init();
  const matched = [{ type: 'SeizureCase' as const, doc: viewDocument(seizure, NOW) }, { type: 'AlertHit' as const, doc: viewDocument(hit, NOW) }];
  expect(await matches.take(matched, new Date(NOW))).toBe(2);
});
afterAll(async () => api.close());

const CALLERS: Record<string, { roles: Role[]; office: string | null; gate?: string }> = {
  officer: { roles: ['officer'], office: 'LA-DTO' },
  'border-branch': { roles: ['border-branch'], office: null, gate: 'LA-DTO' },
  analyst: { roles: ['analyst'], office: 'LA-HQ' },
  admin: { roles: ['admin'], office: 'LA-HQ' },
};
const get = (path: string, caller: string, personalData: boolean) =>
  call(api, 'GET', path, undefined, { authorization: `Bearer ${api.identity.token({ sub: `${caller}-${personalData}`, ...CALLERS[caller], personal_data: personalData })}` });

// Each read route whose answer is built from these records; `shows` names the records an answer
// must hold (by id), so an empty answer cannot pass for a withheld one.
const READS: Array<{ path: string; shows: string[] }> = [
  { path: '/v1/alerts?gate=LA-DTO', shows: [ALERT_ID] },
  { path: `/v1/vehicle-alerts/${ALERT_ID}`, shows: [ALERT_ID] },
  { path: `/v1/plates/${encodeURIComponent(PLATE)}`, shows: [ALERT_ID, SEIZURE_ID] },
  { path: '/v1/alert-hits/mine', shows: [HIT_ID] },
  { path: `/v1/alert-hits/${HIT_ID}`, shows: [HIT_ID] },
  { path: `/v1/seizure-cases/${SEIZURE_ID}`, shows: [SEIZURE_ID] },
  { path: '/v1/seizure-cases?gate=LA-DTO', shows: [SEIZURE_ID] },
  { path: '/v1/matches?gate=LA-DTO', shows: [ALERT_ID, HIT_ID, SEIZURE_ID] },
  ...GROUP_BY.flatMap((by) => [`/v1/analytics/seizures?groupBy=${by}`, `/v1/analytics/seizures.csv?groupBy=${by}`]).map((path) => ({ path, shows: [] })),
];
const marksIn = (text: string): string[] => Object.values(MARKS).filter((m) => text.includes(m));

describe('free text that may name people, for a token without the personal-data grant', () => {
  it.each(READS.map((r) => [r.path, r] as const))('%s: never in the answer, whichever role asks', async (_path, read) => {
    let served = 0;
    for (const caller of Object.keys(CALLERS)) {
      const answer = await get(read.path, caller, false);
      if (answer.status === 403) continue;
      expect([caller, answer.status]).toEqual([caller, 200]);
      served++;
      const text = JSON.stringify(answer.body);
      for (const id of read.shows) expect([caller, id, text.includes(id)]).toEqual([caller, id, true]);
      expect([caller, marksIn(text)]).toEqual([caller, []]);
    }
    expect(served).toBeGreaterThan(0);
  });

  it('is there for a token with the grant: the alert, the hit and the case carry every marker', async () => {
    const seen = [`/v1/vehicle-alerts/${ALERT_ID}`, `/v1/alert-hits/${HIT_ID}`, `/v1/seizure-cases/${SEIZURE_ID}`];
    const text = (await Promise.all(seen.map((path) => get(path, 'officer', true)))).map((a) => JSON.stringify(a.body)).join('');
    expect(marksIn(text).sort()).toEqual(Object.values(MARKS).sort());
    const matches = JSON.stringify((await get('/v1/matches?gate=LA-DTO', 'officer', true)).body);
    expect(marksIn(matches).sort()).toEqual([MARKS.circumstances, MARKS.justification, MARKS.modusOperandi].sort());
  });

  it('says where the text was: the withheld paths are in meta.redactedPaths', async () => {
    const answer = await get(`/v1/vehicle-alerts/${ALERT_ID}`, 'officer', false);
    expect((answer.body.record as { meta: { redactedPaths: string[] } }).meta.redactedPaths).toEqual(expect.arrayContaining(['justification', 'riskIndicators[0].modusOperandi']));
  });
});
