// The query routes end to end: LA and VN exchange records through Kafka, and each api answers from
// its own view. Records are submitted over HTTP and the test waits until LA's view holds them.
import { botenClosure, botenReopening, botenSeizure, dakTaOocHit, dakTaOocSeizure, truckAlert } from '@bex/schemas';
import type { AuthorityCode } from '@bex/shared';
import { callJson, eventually, startTestExchange, type TestExchange } from '@bex/tests';
import { mintDevToken } from '../../../../../../scripts/dev-identity';
import { requestBody } from '../../../domain/request-body';
import type { Role } from '../auth/principal';

let ex: TestExchange;
const ids: Record<string, string> = {};
const now = Date.now();
const DAY = 86_400_000;

const la = () => ex.nodes.LA!.apiUrl!;
const token = (roles: Role[], extra: { gate?: string; personalData?: boolean; authority?: AuthorityCode } = {}) =>
  mintDevToken({ authority: extra.authority ?? 'LA', roles, personalData: extra.personalData ?? true, ...(extra.gate === undefined ? {} : { gate: extra.gate }) });
const get = (path: string, t: string = token(['officer'])) => callJson(la(), 'GET', path, undefined, t);

async function submit(authority: AuthorityCode, path: string, body: unknown): Promise<string> {
  const answer = await callJson(ex.nodes[authority]!.apiUrl!, 'POST', path, body, ex.token(authority));
  expect(answer.status).toBe(202);
  return answer.body.recordId as string;
}

beforeAll(async () => {
  ex = await startTestExchange(['LA', 'VN']);
  const live = { validFrom: new Date(now - 3_600_000).toISOString(), validUntil: new Date(now + 30 * DAY).toISOString() };
  ids.truck = await submit('LA', '/v1/vehicle-alerts', { ...requestBody('VehicleRiskAlert', truckAlert), ...live });
  ids.routine = await submit('LA', '/v1/vehicle-alerts', {
    ...requestBody('VehicleRiskAlert', truckAlert), ...live, priority: 'ROUTINE', validUntil: new Date(now + DAY).toISOString(),
    vehicle: { ...truckAlert.vehicle, plate: '29H-555.01' },
  });
  ids.boten = await submit('LA', '/v1/seizure-cases', requestBody('SeizureCase', botenSeizure));
  ids.dakTaOoc = await submit('LA', '/v1/seizure-cases', { ...requestBody('SeizureCase', dakTaOocSeizure), conveyance: { ...dakTaOocSeizure.conveyance, plate: '43C 123 45' } });
  ids.third = await submit('LA', '/v1/seizure-cases', { ...requestBody('SeizureCase', botenSeizure), caseReference: 'LA-BTN-2025-0413', seizedAt: '2025-10-13T02:00:00Z' });
  const closure = await submit('LA', '/v1/policy-changes', requestBody('PolicyChange', botenClosure));
  ids.reopening = await submit('LA', `/v1/policy-changes/${closure}/supersede`, requestBody('PolicyChange', botenReopening));
  ids.closure = closure;
  // VN's gate reports a hit on LA's alert once the alert has reached VN's view.
  await eventually(async () => (await ex.nodes.VN!.views.collection('VehicleRiskAlert').findOne({ recordId: ids.truck })) ?? undefined, 20_000);
  ids.hit = await submit('VN', '/v1/alert-hits', { ...requestBody('AlertHit', dakTaOocHit), alertId: ids.truck, alertSource: 'LA', reportingAuthority: 'VN', linkedSeizureId: null });
  const view = ex.nodes.LA!.views;
  await eventually(async () => {
    const counts = await Promise.all([
      view.collection('SeizureCase').countDocuments(), view.collection('VehicleRiskAlert').countDocuments(),
      view.collection('AlertHit').countDocuments(), view.collection('PolicyChange').countDocuments({ status: 'SUPERSEDED' }),
    ]);
    return counts.join() === '3,2,1,1' ? true : undefined;
  }, 30_000);
});
afterAll(async () => ex?.stop());

describe('plate lookup', () => {
  it('finds the truck alert and past seizures from a plate typed any way, and audits the lookup', async () => {
    const answer = await get('/v1/plates/43c%20123-45', token(['border-branch'], { gate: 'LA-DTO' }));
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ plate: '43c 123-45', normalised: '43C12345' });
    expect((answer.body.activeAlerts as Array<{ id: string }>).map((a) => a.id)).toEqual([ids.truck]);
    expect((answer.body.seizures as Array<{ id: string }>).map((s) => s.id)).toEqual([ids.dakTaOoc]);
    const requestId = answer.headers.get('x-request-id');
    const audit = await get('/v1/audit?action=plate-lookup', token(['admin']));
    expect(audit.status).toBe(200);
    expect(audit.body.items).toEqual(expect.arrayContaining([
      expect.objectContaining({
        actor: 'la-border-branch-demo', authority: 'LA', office: 'LA-DTO', action: 'plate-lookup', target: '43C12345', resultCount: 2, requestId,
        records: [{ type: 'VehicleRiskAlert', source: 'LA', id: ids.truck, revision: 1 }, { type: 'SeizureCase', source: 'LA', id: ids.dakTaOoc, revision: 1 }],
      }),
    ]));
  });

  it('is refused to an analyst, and the audit to everyone but admins', async () => {
    expect((await get('/v1/plates/43C12345', token(['analyst']))).status).toBe(403);
    for (const role of ['officer', 'analyst', 'border-branch'] as const) expect((await get('/v1/audit', token([role], { gate: 'LA-DTO' }))).status).toBe(403);
  });
});

describe('alerts at a gate', () => {
  it('lists live alerts for LA-DTO, URGENT first, and keeps a border branch to its own gate', async () => {
    const own = await get('/v1/alerts', token(['border-branch'], { gate: 'LA-DTO' }));
    expect(own.status).toBe(200);
    expect(own.body.gate).toBe('LA-DTO');
    expect((own.body.items as Array<{ id: string; priority: string }>).map((a) => [a.id, a.priority])).toEqual([[ids.truck, 'URGENT'], [ids.routine, 'ROUTINE']]);
    expect((await get('/v1/alerts?gate=VN-NGI', token(['border-branch'], { gate: 'LA-DTO' }))).status).toBe(403);
    expect((await get('/v1/alerts?gate=LA-BTN')).body.items).toEqual([]);
    // Alerts carry plates and free text: analysts get aggregates and summaries, not these.
    expect((await get('/v1/alerts?gate=LA-BTN', token(['analyst']))).status).toBe(403);
    expect((await get(`/v1/alerts?gate=LA-DTO&at=${new Date(now + 2 * DAY).toISOString()}`)).body.items).toHaveLength(1);
  });
});

describe('seizures', () => {
  it('pages newest first with an opaque cursor, summaries only', async () => {
    const seen: string[] = [];
    let path = '/v1/seizure-cases?limit=2';
    for (let pages = 0; pages < 5 && path !== ''; pages++) {
      const answer = await get(path, token(['analyst']));
      expect(answer.status).toBe(200);
      seen.push(...(answer.body.items as Array<{ id: string }>).map((s) => s.id));
      path = answer.body.nextCursor === null ? '' : `/v1/seizure-cases?limit=2&cursor=${answer.body.nextCursor as string}`;
    }
    expect(seen).toEqual([ids.dakTaOoc, ids.third, ids.boten]);
    const atBoten = await get('/v1/seizure-cases?gate=LA-BTN&category=PSYCHOTROPIC_SUBSTANCES&from=2025-10-01&to=2025-11-01&source=LA');
    expect((atBoten.body.items as Array<{ id: string }>).map((s) => s.id)).toEqual([ids.third, ids.boten]);
    expect(JSON.stringify(atBoten.body)).not.toMatch(/Khamphone|persons|ກກ 8321/);
    expect((await get('/v1/seizure-cases?limit=500&gaet=LA-BTN')).body.errors).toEqual([
      { path: 'limit', message: expect.any(String) }, { path: 'gaet', message: 'is not a parameter of this query' },
    ]);
  });

  it('shows a case in full with personal data only to holders granted it, and audits each read', async () => {
    const granted = await get(`/v1/seizure-cases/${ids.boten}`, token(['officer'], { personalData: true }));
    expect(JSON.stringify(granted.body)).toContain('Khamphone Sivongsa');
    const withheld = await get(`/v1/seizure-cases/${ids.boten}`, token(['officer'], { personalData: false }));
    expect(withheld.status).toBe(200);
    expect(withheld.body.personalDataWithheld).toBe(true);
    expect(JSON.stringify(withheld.body)).not.toMatch(/Khamphone|Zhang Wei|E61234578|0105-221198|01-0004321|1986/);
    expect((await get(`/v1/seizure-cases/${ids.boten}`, token(['analyst']))).status).toBe(403);
    const missing = await get('/v1/seizure-cases/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const audit = await get(`/v1/audit?action=seizure-read`, token(['admin']));
    const reads = (audit.body.items as Array<{ target: string; resultCount: number }>).filter((e) => e.target === ids.boten);
    expect(reads).toHaveLength(2);
  });
});

describe('policy, hits, analytics', () => {
  it('the change in force at Boten on 2025-11-10 is the reopening, 150 vehicles a day', async () => {
    const answer = await get('/v1/policy-changes/in-force?gate=LA-BTN&at=2025-11-10', token(['border-branch'], { gate: 'LA-BTN' }));
    expect((answer.body.items as Array<{ id: string; record: { dailyVehicleLimit: number } }>).map((p) => [p.id, p.record.dailyVehicleLimit])).toEqual([[ids.reopening, 150]]);
    const before = await get('/v1/policy-changes/in-force?gate=LA-BTN&at=2025-10-30');
    expect(before.body.items).toEqual([]);
  });

  it('the Mohan branch sees Boten\'s reopening and its limit, marked as across the Boten–Mohan crossing', async () => {
    const answer = await get('/v1/policy-changes/in-force?gate=CN-MHN&at=2025-11-10', token(['border-branch'], { gate: 'CN-MHN' }));
    expect(answer.status).toBe(200);
    expect(answer.body.crossing).toBe('BTN-MHN');
    expect((answer.body.items as Array<{ id: string; acrossCrossing: unknown; record: { dailyVehicleLimit: number } }>).map((p) => [p.id, p.acrossCrossing, p.record.dailyVehicleLimit])).toEqual([
      [ids.reopening, { code: 'BTN-MHN', name: 'Boten–Mohan', gate: 'LA-BTN' }, 150],
    ]);
    // At Boten itself the change is its own, not across anything; an airport has no other side.
    const boten = await get('/v1/policy-changes/in-force?gate=LA-BTN&at=2025-11-10');
    expect((boten.body.items as Array<{ acrossCrossing: unknown }>).map((p) => p.acrossCrossing)).toEqual([null]);
    expect((await get('/v1/policy-changes/in-force?gate=LA-WTY&at=2025-11-10')).body).toMatchObject({ crossing: null, items: [] });
  });

  it('alerts per crossing: both sides, and a border branch only for its own gate\'s crossing', async () => {
    const both = await get('/v1/alerts?crossing=DTO-NGI');
    expect(both.status).toBe(200);
    expect(both.body).toMatchObject({ gate: null, crossing: 'DTO-NGI' });
    expect((both.body.items as Array<{ id: string }>).map((a) => a.id)).toEqual([ids.truck, ids.routine]);
    expect((await get('/v1/alerts?crossing=DTO-NGI', token(['border-branch'], { gate: 'LA-DTO' }))).status).toBe(200);
    expect((await get('/v1/alerts?crossing=BTN-MHN', token(['border-branch'], { gate: 'LA-DTO' }))).status).toBe(403);
    expect((await get('/v1/alerts?crossing=XXX-YYY')).status).toBe(400);
    expect((await get('/v1/alerts?crossing=DTO-NGI&gate=LA-DTO')).status).toBe(400);
    const crossings = await get('/v1/crossings', token(['analyst']));
    expect((crossings.body.items as Array<{ code: string }>).map((c) => c.code)).toContain('BTN-MHN');
  });

  it('every record kind can be read where its 202 Location points: a hit, a policy change', async () => {
    const hit = await get(`/v1/alert-hits/${ids.hit}`);
    expect(hit.status).toBe(200);
    expect(hit.body).toMatchObject({ id: ids.hit, source: 'VN', alertId: ids.truck });
    const reopening = await get(`/v1/policy-changes/${ids.reopening}`, token(['analyst']));
    expect(reopening.status).toBe(200);
    expect(reopening.body).toMatchObject({ id: ids.reopening, acrossCrossing: null, record: { dailyVehicleLimit: 150 } });
    expect((await get('/v1/alert-hits/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    // Hits carry plates: analysts get no hit in full.
    expect((await get(`/v1/alert-hits/${ids.hit}`, token(['analyst']))).status).toBe(403);
  });

  it('lists hits on the alerts LA issued', async () => {
    const answer = await get('/v1/alert-hits/mine', token(['border-branch'], { gate: 'LA-DTO' }));
    expect((answer.body.items as Array<{ id: string; alertId: string; source: string }>).map((h) => [h.id, h.alertId, h.source])).toEqual([[ids.hit, ids.truck, 'VN']]);
  });

  it('groups seizures with exact totals per unit', async () => {
    const answer = await get('/v1/analytics/seizures?groupBy=category&from=2025-01-01&to=2026-01-01', token(['analyst']));
    expect(answer.status).toBe(200);
    const drugs = (answer.body.groups as Array<{ key: string; count: number; quantities: unknown }>).find((g) => g.key === 'PSYCHOTROPIC_SUBSTANCES');
    expect(drugs).toMatchObject({ count: 3 });
    // Boten twice (1,200,000 tablets and 38.5 kg each) and Dak Ta Ooc (24 kg).
    expect(drugs!.quantities).toEqual([{ unit: 'KGM', total: '101' }, { unit: 'NAR', total: '2400000' }]);
  });

  it('filters trends by crossing and category, compares with the previous period, and exports the same answer as CSV', async () => {
    const query = 'groupBy=gate&from=2025-06-01&to=2026-01-01&crossing=BTN-MHN&category=PSYCHOTROPIC_SUBSTANCES&compare=previous';
    const json = await get(`/v1/analytics/seizures?${query}`, token(['analyst']));
    expect(json.status).toBe(200);
    expect(json.body.filters).toEqual({ crossing: 'BTN-MHN', category: 'PSYCHOTROPIC_SUBSTANCES' });
    // Dak Ta Ooc is on another crossing: only Boten's two seizures count.
    expect(json.body.groups).toEqual([{ key: 'LA-BTN', count: 2, quantities: [{ unit: 'KGM', total: '77' }, { unit: 'NAR', total: '2400000' }] }]);
    expect(json.body.previous).toMatchObject({ from: '2024-10-30T00:00:00.000Z', to: '2025-06-01T00:00:00.000Z', groups: [] });

    const res = await fetch(`${la()}/v1/analytics/seizures.csv?${query}`, { headers: { authorization: `Bearer ${token(['analyst'])}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="?seizures_gate_2025-06-01_2026-01-01_BTN-MHN_PSYCHOTROPIC_SUBSTANCES\.csv"?$/);
    const [header, ...rows] = (await res.text()).trimEnd().split('\r\n').map((line) => line.split(','));
    expect(header).toEqual(['period', 'from', 'to', 'groupBy', 'key', 'count', 'unit', 'total']);
    type Group = { key: string; count: number; quantities: Array<{ unit: string; total: string }> };
    const expected = (json.body.groups as Group[]).flatMap((g) => g.quantities.map((q) => ['current', json.body.from, json.body.to, 'gate', g.key, String(g.count), q.unit, q.total]));
    expect(rows).toEqual(expected);
    // The filters refuse what they cannot mean.
    expect((await get('/v1/analytics/seizures?groupBy=gate&crossing=LA-BTN', token(['analyst']))).status).toBe(400);
    expect((await get('/v1/analytics/seizures?groupBy=gate&gate=LA-BTN&crossing=BTN-MHN', token(['analyst']))).status).toBe(400);
  });
});

describe('scope', () => {
  it('refuses a token of VN\'s identity provider on LA\'s api for every query, leaking nothing', async () => {
    const vn = token(['officer', 'admin', 'analyst'], { authority: 'VN' });
    for (const path of ['/v1/alerts?gate=LA-DTO', '/v1/plates/43C12345', '/v1/seizure-cases', `/v1/seizure-cases/${ids.boten}`, '/v1/audit']) {
      const answer = await get(path, vn);
      // LA's api does not trust VN's keys: the token is not verified at all (a verified token
      // naming another authority gets 403, see query-routes-auth.int.spec.ts).
      expect(answer.status).toBe(401);
      // Only the path the caller sent comes back (as the problem's instance), nothing of the view.
      const { instance: _echoed, ...rest } = answer.body;
      expect(JSON.stringify(rest)).not.toMatch(new RegExp(`${ids.boten}|Khamphone|43C`));
    }
  });
});

describe('operations', () => {
  it('is ready when the database, Kafka and the registry answer', async () => {
    const answer = await callJson(la(), 'GET', '/readyz');
    expect(answer).toMatchObject({ status: 200, body: { status: 'ready', checks: { database: 'up', kafka: 'up', registry: 'up' } } });
  });

  it('exposes request latency by route template and the pipeline figures to Prometheus, on the metrics port only', async () => {
    expect((await fetch(`${la()}/metrics`)).status).toBe(404);
    const res = await fetch(`${ex.nodes.LA!.metricsUrl}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/bex_http_request_duration_seconds_bucket\{le="[^"]+",route="\/v1\/plates\/:plate",method="GET",status="200"\}/);
    expect(text).not.toContain('43C12345');
    for (const name of ['bex_relay_backlog', 'bex_projector_consumer_lag', 'bex_dead_letters', 'bex_projector_records_applied_total']) expect(text).toMatch(new RegExp(`^${name} \\d+`, 'm'));
    expect(Number(/^bex_projector_records_applied_total (\d+)/m.exec(text)![1])).toBeGreaterThanOrEqual(8);
  });
});
