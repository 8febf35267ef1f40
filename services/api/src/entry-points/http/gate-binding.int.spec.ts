// The route table from the attacker's side: every /v1 operation of the OpenAPI document (so a new
// route without a row here fails), for every role and combinations of them, asked about the
// caller's own gate (Dak Ta Ooc, LA-DTO) and another (Boten, LA-BTN), against the real app on port
// 0 and the real database. Each cell is the status (and problem type) the caller gets, and for
// each seeded record of that gate whether the answer shows it. A token that carries border-branch
// is bound to LA-DTO whatever else it carries (domain/gate-binding.ts).
import { botenReopening, dakTaOocHit, dakTaOocSeizure, gateLocation } from '@bex/schemas';
import { recordKey, type AnyRecord, type RecordTypeName } from '@bex/shared';
import { matchId, MatchStore, ViewStore, viewDocument } from '@bex/view';
import { requestBody } from '../../domain/request-body';
import { OPENAPI_DOCUMENT } from './app';
import type { Role } from './auth/principal';
import { liveTruckAlert } from './queries/seeded-view.test-helper';
import { call, startTestApi, type TestApi } from './test-api.test-helper';

type Gate = 'own' | 'other';
const GATE: Record<Gate, string> = { own: 'LA-DTO', other: 'LA-BTN' };
const PLATE = '77A-555.01';
const NOW = Date.now();

const TOKENS: Record<string, Role[]> = {
  officer: ['officer'],
  'border-branch': ['border-branch'],
  analyst: ['analyst'],
  admin: ['admin'],
  'border-branch+analyst': ['border-branch', 'analyst'],
  'border-branch+officer': ['border-branch', 'officer'],
  'border-branch+admin': ['border-branch', 'admin'],
  'officer+analyst': ['officer', 'analyst'],
};
// Every token acts for office LA-DTO, so a write is judged on its gate alone; a border branch's names its gate.
const claimsOf = (roles: Role[]) => ({ sub: `caller-${roles.join('-')}`, roles, office: roles.length === 1 && roles[0] === 'border-branch' ? null : 'LA-DTO', ...(roles.includes('border-branch') ? { gate: 'LA-DTO' } : {}) });

/** Records seeded in the view, per gate: ids are UUIDs, so an answer shows a record exactly when its text holds the id. */
const id = (n: number) => `00000000-0000-4000-8999-${String(n).padStart(12, '0')}`;
const SEEDED = {
  alert: { own: id(1), other: id(2) },
  seizure: { own: id(3), other: id(4) },
  policy: { own: id(5), other: id(6) },
  /** A hit at the other gate on the alert aimed at LA-DTO: LA-DTO's to see. */
  hitOnOwnAlert: id(7),
  /** A hit at LA-DTO on the alert aimed at LA-BTN: LA-DTO's to see. */
  hitAtOwnGate: id(8),
  /** A hit at LA-BTN on the alert aimed at LA-BTN: not LA-DTO's. */
  hitOther: id(9),
};

function record(sample: unknown, recordId: string, source: string, change: Record<string, unknown>): AnyRecord {
  const r = structuredClone(sample) as AnyRecord;
  return { ...r, ...change, meta: { ...r.meta, recordId, source, recipient: 'LA' } } as AnyRecord;
}
const alertAt = (gate: string, recordId = id(0)) => record(liveTruckAlert(NOW), recordId, 'LA', { targetGates: [gate], vehicle: { ...(liveTruckAlert(NOW).vehicle as object), plate: PLATE } });
const seizureAt = (gate: string, recordId = id(0)) => record(dakTaOocSeizure, recordId, 'LA', { location: gateLocation(gate as 'LA-DTO'), conveyance: { ...(dakTaOocSeizure.conveyance as object), plate: PLATE } });
const hitAt = (gate: string, recordId: string, alertId: string) => record(dakTaOocHit, recordId, 'VN', { location: gateLocation(gate as 'LA-DTO'), alertId, alertSource: 'LA' });
const policyAt = (gate: string, recordId = id(0)) => record(botenReopening, recordId, 'LA', { affectedGates: [gate] });

let api: TestApi;
let views: ViewStore;
let matches: MatchStore;
const admin = () => ({ authorization: `Bearer ${api.identity.token(claimsOf(['admin']))}` });

async function seed(type: RecordTypeName, records: AnyRecord[]) {
  await views.apply(type, records.map((r) => viewDocument(r, NOW)));
}

beforeAll(async () => {
  api = await startTestApi('LA');
  views = new ViewStore(api.conn);
  await views.init();
  matches = new MatchStore(api.conn);
  await matches.init();
  await seed('VehicleRiskAlert', [alertAt(GATE.own, SEEDED.alert.own), alertAt(GATE.other, SEEDED.alert.other)]);
  const seizures = [seizureAt(GATE.own, SEEDED.seizure.own), seizureAt(GATE.other, SEEDED.seizure.other)].map((r) => viewDocument(r, NOW));
  await views.apply('SeizureCase', seizures);
  await seed('PolicyChange', [policyAt(GATE.own, SEEDED.policy.own), policyAt(GATE.other, SEEDED.policy.other)]);
  await seed('AlertHit', [
    hitAt(GATE.other, SEEDED.hitOnOwnAlert, SEEDED.alert.own),
    hitAt(GATE.own, SEEDED.hitAtOwnGate, SEEDED.alert.other),
    hitAt(GATE.other, SEEDED.hitOther, SEEDED.alert.other),
  ]);
  expect(await matches.take(seizures.map((doc) => ({ type: 'SeizureCase' as const, doc })), new Date(NOW))).toBe(4);
});
afterAll(async () => api.close());

/** Creates a record through the api, as an admin of office LA-DTO; answers its id. */
async function created(path: string, body: unknown): Promise<string> {
  const answer = await call(api, 'POST', path, body, admin());
  expect([path, answer.status]).toEqual([path, 202]);
  return answer.body.recordId as string;
}
const bodies = {
  seizure: (gate: string) => requestBody('SeizureCase', seizureAt(gate)),
  alert: (gate: string) => requestBody('VehicleRiskAlert', alertAt(gate)),
  hit: (gate: string) => requestBody('AlertHit', { ...hitAt(gate, id(0), SEEDED.alert.own), meta: { ...dakTaOocHit.meta } }),
  policy: (gate: string) => requestBody('PolicyChange', policyAt(gate)),
};

/** A fresh open match of a new seizure at the gate with the alert aimed there. */
async function freshMatch(gate: Gate): Promise<string> {
  const seizure = viewDocument(seizureAt(GATE[gate], crypto.randomUUID()), NOW);
  await views.apply('SeizureCase', [seizure]);
  await matches.take([{ type: 'SeizureCase', doc: seizure }], new Date(NOW));
  return matchId('SeizureCase', seizure._id, recordKey('LA', SEEDED.alert[gate]));
}

interface Probe {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  body?: unknown;
  /** Seeded records of the asked gate that the answer shows unless the caller may not see them. */
  ids?: readonly string[];
}

/** What a token carrying border-branch meets at another gate: a refusal, an answer without that gate's records, or the same as everyone (the route is bound to no gate). */
type Binding = { refused: number; type: string } | 'filtered' | 'unbound';

interface Row {
  roles: Role[];
  /** The answer of a caller the route lets through: a status, or a status and problem type. */
  ok: number | string;
  binding: Binding;
  probe(gate: Gate): Promise<Probe>;
}

const REFUSED = { refused: 403, type: 'gate-not-allowed' } as const;
const NOT_YOURS = { refused: 403, type: 'write-not-yours' } as const;
const OFFICE = ['officer', 'admin'] as Role[];
const READERS = ['border-branch', 'officer', 'admin'] as Role[];
const ALL = ['border-branch', 'officer', 'analyst', 'admin'] as Role[];
const get = (path: string, ids: readonly string[] = []): Probe => ({ method: 'GET', path, ids });

const ROWS: Record<string, Row> = {
  submitSeizureCase: { roles: OFFICE, ok: 202, binding: NOT_YOURS, probe: async (g) => ({ method: 'POST', path: '/v1/seizure-cases', body: bodies.seizure(GATE[g]) }) },
  listSeizureCases: { roles: ['officer', 'analyst', 'admin'], ok: 200, binding: REFUSED, probe: async (g) => get(`/v1/seizure-cases?gate=${GATE[g]}`, [SEEDED.seizure[g]]) },
  amendSeizureCase: { roles: OFFICE, ok: 202, binding: NOT_YOURS, probe: async (g) => ({ method: 'PUT', path: `/v1/seizure-cases/${await created('/v1/seizure-cases', bodies.seizure(GATE[g]))}`, body: bodies.seizure(GATE[g]) }) },
  getSeizureCase: { roles: OFFICE, ok: 200, binding: REFUSED, probe: async (g) => get(`/v1/seizure-cases/${SEEDED.seizure[g]}`, [SEEDED.seizure[g]]) },
  withdrawSeizureCase: { roles: OFFICE, ok: 202, binding: NOT_YOURS, probe: async (g) => ({ method: 'POST', path: `/v1/seizure-cases/${await created('/v1/seizure-cases', bodies.seizure(GATE[g]))}/withdraw` }) },
  submitVehicleRiskAlert: { roles: OFFICE, ok: 202, binding: NOT_YOURS, probe: async (g) => ({ method: 'POST', path: '/v1/vehicle-alerts', body: bodies.alert(GATE[g]) }) },
  amendVehicleRiskAlert: { roles: OFFICE, ok: 202, binding: NOT_YOURS, probe: async (g) => ({ method: 'PUT', path: `/v1/vehicle-alerts/${await created('/v1/vehicle-alerts', bodies.alert(GATE[g]))}`, body: bodies.alert(GATE[g]) }) },
  getVehicleAlert: { roles: READERS, ok: 200, binding: REFUSED, probe: async (g) => get(`/v1/vehicle-alerts/${SEEDED.alert[g]}`, [SEEDED.alert[g]]) },
  suspendVehicleRiskAlert: { roles: OFFICE, ok: 202, binding: NOT_YOURS, probe: async (g) => ({ method: 'POST', path: `/v1/vehicle-alerts/${await created('/v1/vehicle-alerts', bodies.alert(GATE[g]))}/suspend` }) },
  reinstateVehicleRiskAlert: {
    roles: OFFICE, ok: 202, binding: NOT_YOURS,
    probe: async (g) => {
      const alert = await created('/v1/vehicle-alerts', bodies.alert(GATE[g]));
      expect((await call(api, 'POST', `/v1/vehicle-alerts/${alert}/suspend`, undefined, admin())).status).toBe(202);
      return { method: 'POST', path: `/v1/vehicle-alerts/${alert}/reinstate` };
    },
  },
  withdrawVehicleRiskAlert: { roles: OFFICE, ok: 202, binding: NOT_YOURS, probe: async (g) => ({ method: 'POST', path: `/v1/vehicle-alerts/${await created('/v1/vehicle-alerts', bodies.alert(GATE[g]))}/withdraw` }) },
  submitAlertHit: { roles: READERS, ok: 202, binding: NOT_YOURS, probe: async (g) => ({ method: 'POST', path: '/v1/alert-hits', body: bodies.hit(GATE[g]) }) },
  withdrawAlertHit: { roles: READERS, ok: 202, binding: NOT_YOURS, probe: async (g) => ({ method: 'POST', path: `/v1/alert-hits/${await created('/v1/alert-hits', bodies.hit(GATE[g]))}/withdraw` }) },
  submitPolicyChange: { roles: OFFICE, ok: 202, binding: NOT_YOURS, probe: async (g) => ({ method: 'POST', path: '/v1/policy-changes', body: bodies.policy(GATE[g]) }) },
  withdrawPolicyChange: { roles: OFFICE, ok: 202, binding: NOT_YOURS, probe: async (g) => ({ method: 'POST', path: `/v1/policy-changes/${await created('/v1/policy-changes', bodies.policy(GATE[g]))}/withdraw` }) },
  supersedePolicyChange: { roles: OFFICE, ok: 202, binding: NOT_YOURS, probe: async (g) => ({ method: 'POST', path: `/v1/policy-changes/${await created('/v1/policy-changes', bodies.policy(GATE[g]))}/supersede`, body: bodies.policy(GATE[g]) }) },
  listGateAlerts: { roles: READERS, ok: 200, binding: REFUSED, probe: async (g) => get(`/v1/alerts?gate=${GATE[g]}`, [SEEDED.alert[g]]) },
  lookUpPlate: { roles: READERS, ok: 200, binding: 'filtered', probe: async (g) => get(`/v1/plates/${encodeURIComponent(PLATE)}`, [SEEDED.alert[g]]) },
  // Policy changes carry no personal data, and a branch must know the rules across its crossing.
  listPoliciesInForce: { roles: ALL, ok: 200, binding: 'unbound', probe: async (g) => get(`/v1/policy-changes/in-force?gate=${GATE[g]}`, [SEEDED.policy[g]]) },
  getPolicyChange: { roles: ALL, ok: 200, binding: 'unbound', probe: async (g) => get(`/v1/policy-changes/${SEEDED.policy[g]}`, [SEEDED.policy[g]]) },
  listHitsOnMyAlerts: { roles: READERS, ok: 200, binding: 'filtered', probe: async (g) => get('/v1/alert-hits/mine?limit=50', g === 'own' ? [SEEDED.hitOnOwnAlert, SEEDED.hitAtOwnGate] : [SEEDED.hitOther]) },
  getAlertHit: { roles: READERS, ok: 200, binding: REFUSED, probe: async (g) => get(`/v1/alert-hits/${g === 'own' ? SEEDED.hitOnOwnAlert : SEEDED.hitOther}`, [g === 'own' ? SEEDED.hitOnOwnAlert : SEEDED.hitOther]) },
  // Counts, no records.
  seizureTrends: { roles: ALL, ok: 200, binding: 'unbound', probe: async (g) => get(`/v1/analytics/seizures?groupBy=gate&gate=${GATE[g]}`) },
  seizureTrendsCsv: { roles: ALL, ok: 200, binding: 'unbound', probe: async (g) => get(`/v1/analytics/seizures.csv?groupBy=gate&gate=${GATE[g]}`) },
  listAuditEntries: { roles: ['admin'], ok: 200, binding: 'unbound', probe: async () => get('/v1/audit') },
  // Receipts name partners and revisions of this authority's own records, no content.
  getRecordReceipts: { roles: OFFICE, ok: 200, binding: 'unbound', probe: async (g) => get(`/v1/records/${await created('/v1/seizure-cases', bodies.seizure(GATE[g]))}/receipts`) },
  listUnviewedUrgentAlerts: { roles: OFFICE, ok: 200, binding: 'unbound', probe: async () => get('/v1/receipts/unviewed-urgent-alerts') },
  listCrossings: { roles: ALL, ok: 200, binding: 'unbound', probe: async () => get('/v1/crossings') },
  listPossibleMatches: { roles: READERS, ok: 200, binding: REFUSED, probe: async (g) => get(`/v1/matches?gate=${GATE[g]}`, [SEEDED.seizure[g]]) },
  // Another gate's match is not found rather than forbidden: a branch learns nothing of it.
  confirmPossibleMatch: { roles: READERS, ok: 202, binding: { refused: 404, type: 'match-not-found' }, probe: async (g) => ({ method: 'POST', path: `/v1/matches/${await freshMatch(g)}/confirm` }) },
  dismissPossibleMatch: { roles: READERS, ok: 200, binding: { refused: 404, type: 'match-not-found' }, probe: async (g) => ({ method: 'POST', path: `/v1/matches/${await freshMatch(g)}/dismiss?reason=FALSE_POSITIVE` }) },
  listDeadLetters: { roles: ['admin'], ok: 200, binding: 'unbound', probe: async () => get('/v1/dead-letters') },
  listSetAside: { roles: ['admin'], ok: 200, binding: 'unbound', probe: async () => get('/v1/outbox/set-aside') },
  // Nothing is set aside, so even an admin meets 404: what matters is who gets past the roles.
  releaseSetAside: { roles: ['admin'], ok: '404 not-set-aside', binding: 'unbound', probe: async () => ({ method: 'POST', path: `/v1/outbox/set-aside/${id(0)}:1/release` }) },
};

const problemType = (body: Record<string, unknown>): string => String(body.type ?? '').split('/').pop()!;

/** What a cell should answer, in the words `answered` uses. */
function expected(row: Row, roles: Role[], gate: Gate, ids: readonly string[]): string[] {
  if (!roles.some((r) => row.roles.includes(r))) return ['403 role-not-allowed', ...ids.map((i) => `hides ${i}`)];
  const bound = roles.includes('border-branch') && gate === 'other';
  if (bound && typeof row.binding === 'object') return [`${row.binding.refused} ${row.binding.type}`, ...ids.map((i) => `hides ${i}`)];
  return [`${row.ok}`, ...ids.map((i) => `${bound && row.binding === 'filtered' ? 'hides' : 'shows'} ${i}`)];
}

async function answered(probe: Probe, roles: Role[]): Promise<string[]> {
  const answer = await call(api, probe.method, probe.path, probe.body, { authorization: `Bearer ${api.identity.token(claimsOf(roles))}` });
  const problem = (answer.headers.get('content-type') ?? '').startsWith('application/problem+json');
  // A problem names the request's own path (`instance`), which is no record shown.
  const text = JSON.stringify(problem ? { ...answer.body, instance: undefined } : answer.body);
  return [problem ? `${answer.status} ${problemType(answer.body)}` : `${answer.status}`, ...(probe.ids ?? []).map((i) => `${text.includes(i) ? 'shows' : 'hides'} ${i}`)];
}

describe('every route × role × gate, from the attacker\'s side', () => {
  const operations = Object.values(OPENAPI_DOCUMENT.paths as Record<string, Record<string, { operationId: string; 'x-roles'?: Role[] }>>).flatMap((ops) => Object.values(ops));
  const v1 = operations.filter((op) => op['x-roles'] !== undefined);

  it('has a row for every operation of the OpenAPI document, with the roles it documents', () => {
    expect(Object.keys(ROWS).sort()).toEqual(v1.map((op) => op.operationId).sort());
    for (const op of v1) expect([op.operationId, [...op['x-roles']!].sort()]).toEqual([op.operationId, [...ROWS[op.operationId]!.roles].sort()]);
  });

  it.each(Object.entries(ROWS))('%s', async (_operation, row) => {
    const want: Record<string, string[]> = {};
    const got: Record<string, string[]> = {};
    for (const [name, roles] of Object.entries(TOKENS)) {
      for (const gate of ['own', 'other'] as const) {
        const probe = await row.probe(gate);
        want[`${name} @ ${gate}`] = expected(row, roles, gate, probe.ids ?? []);
        got[`${name} @ ${gate}`] = await answered(probe, roles);
      }
    }
    expect(got).toEqual(want);
  });
});

describe('the holes a reviewer found, closed', () => {
  const as = (roles: Role[]) => ({ authorization: `Bearer ${api.identity.token(claimsOf(roles))}` });

  it('a Dak Ta Ooc branch lists no hit of another gate on an alert aimed elsewhere', async () => {
    const answer = await call(api, 'GET', '/v1/alert-hits/mine', undefined, as(['border-branch']));
    expect((answer.body.items as Array<{ id: string }>).map((h) => h.id).sort()).toEqual([SEEDED.hitOnOwnAlert, SEEDED.hitAtOwnGate].sort());
  });

  it('a Dak Ta Ooc branch opening an alert aimed only at Boten and Mohan gets 403 as problem+json', async () => {
    const answer = await call(api, 'GET', `/v1/vehicle-alerts/${SEEDED.alert.other}`, undefined, as(['border-branch']));
    expect(answer.status).toBe(403);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(answer.body).toMatchObject({ status: 403, type: expect.stringMatching(/gate-not-allowed$/) });
    expect(JSON.stringify(answer.body)).not.toContain(PLATE);
  });

  it('a branch token that also carries analyst cannot read Boten\'s alert list, and its seizure list is its own gate\'s', async () => {
    expect((await call(api, 'GET', '/v1/alerts?gate=LA-BTN', undefined, as(['border-branch', 'analyst']))).status).toBe(403);
    expect((await call(api, 'GET', '/v1/alerts?crossing=BTN-MHN', undefined, as(['border-branch', 'analyst']))).status).toBe(403);
    const listed = async (roles: Role[]) => (await call(api, 'GET', '/v1/seizure-cases?limit=100', undefined, as(roles))).body.items as Array<{ id: string; gate: string }>;
    expect((await listed(['analyst'])).map((s) => s.id)).toEqual(expect.arrayContaining([SEEDED.seizure.own, SEEDED.seizure.other]));
    const branchs = await listed(['border-branch', 'analyst']);
    expect(branchs.map((s) => s.id)).toContain(SEEDED.seizure.own);
    expect(new Set(branchs.map((s) => s.gate))).toEqual(new Set(['LA-DTO']));
  });
});
