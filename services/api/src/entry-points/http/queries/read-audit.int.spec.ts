// The read audit, route by route, against the real app and database: every GET route whose answer
// can carry a plate, a VIN, identity data or free text about people writes exactly one entry per
// request, naming each record the answer returned and no other; the routes that do not audit
// return none of that, and those are the only ones open to analysts.
import { randomUUID } from 'node:crypto';
import { viewDocument, ViewStore } from '@bex/view';
import { BOTEN_REOPENING_ID, BOTEN_SEIZURE_ID, DAK_TA_OOC_SEIZURE_ID, TRUCK_ALERT_ID, dakTaOocHit } from '@bex/schemas';
import type { AnyRecord } from '@bex/shared';
import type { AuditAction } from '../../../domain/audit-entry';
import type { Role } from '../auth/principal';
import { call, startTestApi, type Answer, type TestApi } from '../test-api.test-helper';
import { QUERY_ENDPOINTS } from './index';
import { liveTruckAlert, seedView } from './seeded-view.test-helper';

const DAY = 86_400_000;
const now = Date.now();
// LA's own alert on the truck, and two hits VN reported on it: LA's /v1/alert-hits/mine shows them.
const LA_ALERT_ID = '6e1f0a3b-2c4d-4e5f-8a9b-0c1d2e3f4a5b';
const HIT_EARLIER = '7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const HIT_LATER = '8b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi('LA');
  await seedView(api.conn, 0, now);
  const alert = liveTruckAlert(now) as AnyRecord & Record<string, unknown>;
  alert.meta = { ...alert.meta, source: 'LA', recipient: 'LA', recordId: LA_ALERT_ID };
  alert.priority = 'ROUTINE';
  alert.targetGates = ['LA-DTO'];
  const hit = (recordId: string, seenAt: number): AnyRecord => {
    const h = structuredClone(dakTaOocHit) as unknown as AnyRecord;
    return { ...h, meta: { ...h.meta, source: 'VN', recipient: 'LA', recordId }, alertId: LA_ALERT_ID, alertSource: 'LA', seenAt } as AnyRecord;
  };
  const views = new ViewStore(api.conn);
  await views.apply('VehicleRiskAlert', [viewDocument(alert, now)]);
  await views.apply('AlertHit', [viewDocument(hit(HIT_EARLIER, now - 2 * DAY), now), viewDocument(hit(HIT_LATER, now - DAY), now)]);
});
afterAll(async () => api?.close());

type Claims = Record<string, unknown>;
const as = (role: Role, extra: Claims = {}): Claims => ({ roles: [role], ...(role === 'border-branch' ? { office: null, gate: 'LA-DTO' } : {}), ...extra });
const get = (path: string, claims: Claims, requestId = randomUUID()) =>
  call(api, 'GET', path, undefined, { authorization: `Bearer ${api.identity.token(claims)}`, 'x-request-id': requestId });

interface Named {
  type: string;
  source: string;
  id: string;
  revision?: number;
}
type Item = { id: string; source: string; revision: number };
const listed = (type: string, items: unknown): Named[] => (items as Item[]).map((i) => ({ type, source: i.source, id: i.id, revision: i.revision }));

interface StoredEntry {
  kind: string;
  action: string;
  actor: string;
  target: string;
  resultCount: number;
  records?: Named[];
  requestId: string;
}
const audit = () => api.conn.collection<StoredEntry>('audit');

interface AuditedRead {
  path: string;
  claims: Claims;
  status: number;
  action: AuditAction;
  target: string;
  /** The records the answer holds, read from the answer itself. */
  returned: (body: Answer['body']) => Named[];
  /** What the seed makes the answer hold, so that an empty answer and an empty entry do not pass. */
  ids: string[];
}

const alertsOf = (body: Answer['body']) => listed('VehicleRiskAlert', body.items);
const hitsOf = (body: Answer['body']) => listed('AlertHit', body.items);
const plateOf = (body: Answer['body']) => [...listed('VehicleRiskAlert', body.activeAlerts), ...listed('SeizureCase', body.seizures)];
const caseOf = (body: Answer['body']) => (typeof body.id === 'string' ? listed('SeizureCase', [body]) : []);
const hitOf = (body: Answer['body']) => (typeof body.id === 'string' ? listed('AlertHit', [body]) : []);
const alertOf = (body: Answer['body']) => (typeof body.id === 'string' ? listed('VehicleRiskAlert', [body]) : []);

// Every GET route that can answer with a plate, a VIN, identity data or free text about people.
const AUDITED: Array<[string, AuditedRead]> = [
  ['alerts at a border branch\'s own gate', { path: '/v1/alerts', claims: as('border-branch'), status: 200, action: 'alert-list', target: 'LA-DTO', returned: alertsOf, ids: [TRUCK_ALERT_ID, LA_ALERT_ID] }],
  ['alerts at a gate, for an officer', { path: '/v1/alerts?gate=LA-DTO', claims: as('officer'), status: 200, action: 'alert-list', target: 'LA-DTO', returned: alertsOf, ids: [TRUCK_ALERT_ID, LA_ALERT_ID] }],
  ['alerts at a crossing, both sides', { path: '/v1/alerts?crossing=DTO-NGI', claims: as('officer'), status: 200, action: 'alert-list', target: 'DTO-NGI', returned: alertsOf, ids: [TRUCK_ALERT_ID, LA_ALERT_ID] }],
  ['alerts at a gate with none', { path: '/v1/alerts?gate=LA-BTN', claims: as('admin'), status: 200, action: 'alert-list', target: 'LA-BTN', returned: alertsOf, ids: [] }],
  ['a plate with alerts and a seizure', { path: '/v1/plates/43c%20123-45', claims: as('border-branch'), status: 200, action: 'plate-lookup', target: '43C12345', returned: plateOf, ids: [TRUCK_ALERT_ID, LA_ALERT_ID, DAK_TA_OOC_SEIZURE_ID] }],
  ['a plate nobody knows', { path: '/v1/plates/ZZ999', claims: as('officer'), status: 200, action: 'plate-lookup', target: 'ZZ999', returned: plateOf, ids: [] }],
  ['a seizure case in full', { path: `/v1/seizure-cases/${BOTEN_SEIZURE_ID}`, claims: as('officer'), status: 200, action: 'seizure-read', target: BOTEN_SEIZURE_ID, returned: caseOf, ids: [BOTEN_SEIZURE_ID] }],
  ['a seizure case without personal data', { path: `/v1/seizure-cases/${BOTEN_SEIZURE_ID}?source=LA`, claims: as('admin', { personal_data: false }), status: 200, action: 'seizure-read', target: BOTEN_SEIZURE_ID, returned: caseOf, ids: [BOTEN_SEIZURE_ID] }],
  ['a seizure case that is not there', { path: '/v1/seizure-cases/00000000-0000-4000-8000-000000000000', claims: as('officer'), status: 404, action: 'seizure-read', target: '00000000-0000-4000-8000-000000000000', returned: caseOf, ids: [] }],
  ['an alert in full, at a border branch', { path: `/v1/vehicle-alerts/${LA_ALERT_ID}`, claims: as('border-branch'), status: 200, action: 'alert-read', target: LA_ALERT_ID, returned: alertOf, ids: [LA_ALERT_ID] }],
  ['a partner\'s alert in full', { path: `/v1/vehicle-alerts/${TRUCK_ALERT_ID}?source=VN`, claims: as('officer'), status: 200, action: 'alert-read', target: TRUCK_ALERT_ID, returned: alertOf, ids: [TRUCK_ALERT_ID] }],
  ['an alert that is not there', { path: '/v1/vehicle-alerts/00000000-0000-4000-8000-000000000000', claims: as('officer'), status: 404, action: 'alert-read', target: '00000000-0000-4000-8000-000000000000', returned: alertOf, ids: [] }],
  ['a hit in full', { path: `/v1/alert-hits/${HIT_LATER}`, claims: as('officer'), status: 200, action: 'hit-read', target: HIT_LATER, returned: hitOf, ids: [HIT_LATER] }],
  ['hits on own alerts', { path: '/v1/alert-hits/mine', claims: as('border-branch'), status: 200, action: 'hit-list', target: 'LA', returned: hitsOf, ids: [HIT_LATER, HIT_EARLIER] }],
  ['hits on own alerts, first page of one', { path: '/v1/alert-hits/mine?limit=1', claims: as('officer'), status: 200, action: 'hit-list', target: 'LA', returned: hitsOf, ids: [HIT_LATER] }],
];

describe('every read of plates, VINs, identity data or free text is audited', () => {
  it.each(AUDITED)('%s: one entry for the request, with the records returned', async (_name, read) => {
    const before = await audit().countDocuments();
    const requestId = randomUUID();
    const answer = await get(read.path, read.claims, requestId);
    expect(answer.status).toBe(read.status);
    const returned = read.returned(answer.body);
    expect(returned.map((r) => r.id)).toEqual(read.ids);

    expect(await audit().countDocuments()).toBe(before + 1);
    const entries = await audit().find({ requestId }).toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ kind: 'read', action: read.action, target: read.target, actor: 'test-officer-1', resultCount: read.ids.length });
    expect(entries[0]!.records).toEqual(returned);
  });

  it('names the records of the answer, not the one read ahead to find the next page', async () => {
    const first = await get('/v1/alert-hits/mine?limit=1', as('officer'));
    const second = await get(`/v1/alert-hits/mine?limit=1&cursor=${first.body.nextCursor as string}`, as('officer'));
    expect(hitsOf(second.body).map((h) => h.id)).toEqual([HIT_EARLIER]);
    const entry = await audit().findOne({ requestId: second.headers.get('x-request-id')! });
    expect(entry?.records?.map((r) => r.id)).toEqual([HIT_EARLIER]);
  });

  it('reading the audit is audited too, with the ids of the entries returned', async () => {
    await get('/v1/alerts', as('border-branch'));
    const before = await audit().countDocuments();
    const requestId = randomUUID();
    const answer = await get('/v1/audit?action=alert-list&limit=2', as('admin'), requestId);
    expect(answer.status).toBe(200);
    const items = answer.body.items as Array<{ id: string; action: string; authority: string }>;
    expect(items).toHaveLength(2);
    expect(items.every((e) => e.action === 'alert-list')).toBe(true);
    expect(await audit().countDocuments()).toBe(before + 1);
    const entries = await audit().find({ requestId }).toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'audit-read', target: 'action=alert-list&limit=2', resultCount: 2 });
    expect(entries[0]!.records).toEqual(items.map((e) => ({ type: 'AuditEntry', source: 'LA', id: e.id })));
  });

  it('the audit route filters by the new actions and shows each entry\'s records', async () => {
    const answer = await get('/v1/alert-hits/mine', as('border-branch', { sub: 'la-dto-branch-7' }));
    const filtered = await get('/v1/audit?action=hit-list&actor=la-dto-branch-7', as('admin'));
    expect(filtered.status).toBe(200);
    expect(filtered.body.items).toEqual([
      expect.objectContaining({ actor: 'la-dto-branch-7', action: 'hit-list', target: 'LA', resultCount: 2, requestId: answer.headers.get('x-request-id'), records: hitsOf(answer.body) }),
    ]);
  });

  it('refused and invalid requests read nothing and write no entry', async () => {
    const before = await audit().countDocuments();
    expect((await get('/v1/alerts?gate=LA-BTN', as('border-branch'))).status).toBe(403);
    expect((await get('/v1/alerts', as('analyst'))).status).toBe(403);
    expect((await get('/v1/alert-hits/mine?limit=0', as('officer'))).status).toBe(400);
    expect(await audit().countDocuments()).toBe(before);
  });
});

// What the seed puts in the view that identifies a vehicle or a person, or tells about people.
const IDENTIFYING = [
  '43C-123.45', '43C12345', 'ກກ 8321', 'ກກ 8322', 'LZZ5CLSB8KA123456', 'LA-CN-2025-018834', // plates, VIN, permit
  'Khamphone', 'Zhang Wei', '0105-221198', 'E61234578', '01-0004321', // persons, documents, registration
  'driver and co-driver were arrested', 'Intelligence indicates', 'crystal methamphetamine was found', 'Da Nang', // free text
];
const leaks = (body: unknown): string[] => IDENTIFYING.filter((s) => JSON.stringify(body).includes(s));

// The other GET routes: what they answer, called by a role that may, with personal data granted.
const UNAUDITED: Array<[string, string]> = [
  ['/v1/seizure-cases', '/v1/seizure-cases?from=2025-01-01'],
  ['/v1/policy-changes/in-force', '/v1/policy-changes/in-force?gate=LA-BTN&at=2025-11-10'],
  ['/v1/analytics/seizures', '/v1/analytics/seizures?groupBy=route&from=2025-01-01'],
  ['/v1/analytics/seizures.csv', '/v1/analytics/seizures.csv?groupBy=category&from=2025-01-01'],
  ['/v1/crossings', '/v1/crossings'],
  ['/v1/policy-changes/:id', `/v1/policy-changes/${BOTEN_REOPENING_ID}`],
];

// What partners reported about this authority's own records: which partner holds, saw and acted on
// a record, no content; officers and admins only (the same list as the matches' ids).
const RECEIPTS: string[] = ['/v1/records/:id/receipts', '/v1/receipts/unviewed-urgent-alerts'];

// Admins' recovery routes: positions, reasons and digests of refused records, never their content.
const OPERATOR: string[] = ['/v1/dead-letters', '/v1/outbox/set-aside'];

describe('routes that are not audited, and analysts', () => {
  it.each(OPERATOR)('%s (admins only) answers no plate, VIN, person or free text, and writes no entry', async (path) => {
    const before = await audit().countDocuments();
    const answer = await get(path, as('admin'));
    expect(answer.status).toBe(200);
    expect(leaks(answer.body)).toEqual([]);
    expect(await audit().countDocuments()).toBe(before);
    for (const role of ['officer', 'analyst'] as const) expect([role, (await get(path, as(role))).status]).toEqual([role, 403]);
  });

  it('every GET query route is either audited above or listed as unaudited', () => {
    const audited = new Set(AUDITED.map(([, r]) => r.path.split('?')[0]!.replace(/\/v1\/plates\/.*/, '/v1/plates/:plate').replace(/\/v1\/seizure-cases\/.+/, '/v1/seizure-cases/:id').replace(/\/v1\/vehicle-alerts\/.+/, '/v1/vehicle-alerts/:id').replace(/\/v1\/alert-hits\/[0-9a-f-]{36}$/, '/v1/alert-hits/:id')));
    audited.add('/v1/audit');
    const classified = [...audited, ...UNAUDITED.map(([p]) => p), ...RECEIPTS].sort();
    expect(classified).toEqual(QUERY_ENDPOINTS.filter((e) => e.method === 'get').map((e) => e.path).sort());
  });

  it('receipts answer no plate, VIN, person or free text, write no entry, and are closed to analysts and border branches', async () => {
    const before = await audit().countDocuments();
    const answer = await get('/v1/receipts/unviewed-urgent-alerts?olderThanMinutes=1', as('officer'));
    expect(answer.status).toBe(200);
    expect(leaks(answer.body)).toEqual([]);
    expect(await audit().countDocuments()).toBe(before);
    for (const role of ['analyst', 'border-branch'] as const) {
      expect([role, (await get('/v1/receipts/unviewed-urgent-alerts', as(role))).status]).toEqual([role, 403]);
      expect([role, (await get(`/v1/records/${LA_ALERT_ID}/receipts`, as(role))).status]).toEqual([role, 403]);
    }
  });

  it.each(UNAUDITED)('%s answers no plate, VIN, person or free text, and writes no entry', async (_route, path) => {
    const before = await audit().countDocuments();
    const answer = await get(path, as('admin'));
    expect(answer.status).toBe(200);
    expect(JSON.stringify(answer.body).length).toBeGreaterThan(100);
    expect(leaks(answer.body)).toEqual([]);
    expect(await audit().countDocuments()).toBe(before);
  });

  it('the audited routes do answer such data, so the check above can tell', async () => {
    expect(leaks((await get('/v1/alerts?gate=LA-DTO', as('officer'))).body)).toEqual(expect.arrayContaining(['43C-123.45', 'Intelligence indicates']));
    expect(leaks((await get('/v1/alert-hits/mine', as('officer'))).body)).toEqual(expect.arrayContaining(['43C-123.45', 'Da Nang']));
    expect(leaks((await get(`/v1/seizure-cases/${BOTEN_SEIZURE_ID}`, as('officer'))).body)).toEqual(expect.arrayContaining(['LZZ5CLSB8KA123456', 'Khamphone']));
  });

  it('analysts are let into unaudited routes only, and get no plate, VIN, person or free text there', async () => {
    const analystRoutes = QUERY_ENDPOINTS.filter((e) => e.roles.includes('analyst')).map((e) => e.path).sort();
    expect(analystRoutes).toEqual(UNAUDITED.map(([p]) => p).sort());
    for (const [, path] of UNAUDITED) {
      const answer = await get(path, as('analyst'));
      expect([path, answer.status, leaks(answer.body)]).toEqual([path, 200, []]);
    }
  });
});
