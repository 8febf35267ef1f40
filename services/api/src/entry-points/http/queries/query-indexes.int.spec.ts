// Every query a user makes must hit an index (DESIGN.md §2 The view): the very query objects the
// routes send are explained against a seeded view, and each plan must scan an index, never the
// collection.
import { MatchStore } from '@bex/view';
import { alertsById, byPriorityThenExpiry, gateAlerts, ownAlerts, plateAlerts, plateSeizures } from '../../../domain/alert-queries';
import { analyticsQuery } from '../../../domain/analytics';
import { hitsOnAlerts, ownAlertIds } from '../../../domain/hit-queries';
import { policiesInForce } from '../../../domain/policy-queries';
import { seizureListing, seizuresById } from '../../../domain/seizure-queries';
import { byKeys, type ViewQuery } from '../../../domain/view-query';
import { AuditLog } from '../../../data-access/audit-log';
import { ViewReader } from '../../../data-access/view-reader';
import { startTestApi, type TestApi } from '../test-api.test-helper';
import { seedView } from './seeded-view.test-helper';

let api: TestApi;
let reader: ViewReader;
const now = Date.now();
const DAY = 86_400_000;
const SEEDED = 600;

beforeAll(async () => {
  api = await startTestApi('LA');
  await seedView(api.conn, SEEDED, now);
  reader = new ViewReader(api.conn);
});
afterAll(async () => api.close());

const plan = (explained: unknown) => JSON.stringify(explained);

// Marked `true` where the index must also bound the scan (a leading equality or range), not only
// provide the order: those read far fewer entries than the seed holds. SecantusDB's explain
// reports a run without the limit, so the limit is not part of that count.
const QUERIES: Array<[string, ViewQuery, boolean]> = [
  ['plate lookup: live alerts', plateAlerts('43C12345', now), true],
  ['plate lookup: past seizures', plateSeizures('SEED7'), true],
  ['active alerts at a gate', gateAlerts('LA-DTO', now), true],
  ['seizures at a gate in a period', seizureListing({ gate: 'LA-BTN', from: now - 90 * DAY, to: now, limit: 25 }), true],
  ['seizures of a category', seizureListing({ category: 'PSYCHOTROPIC_SUBSTANCES', limit: 25 }), false],
  ['seizures of a source, second page', seizureListing({ source: 'VN', limit: 25, after: { key: now - 10 * DAY, id: 'seed-seizure-10' } }), false],
  ['seizures, newest first, no filter', seizureListing({ limit: 25 }), false],
  ['policy changes in force at a gate', policiesInForce('LA-BTN', Date.UTC(2025, 10, 10)), true],
  ['alerts this authority issued', ownAlertIds('LA'), false],
  ['hits on those alerts', hitsOnAlerts('LA', ['seed-alert-1', 'seed-alert-2'], 25), false],
  ['a seizure by id, any source', seizuresById('seed-seizure-3'), true],
  ['a seizure by source and id', seizuresById('seed-seizure-3', 'LA'), true],
  ['analytics over a year', analyticsQuery(now - 365 * DAY, now), true],
  ['an alert by id', alertsById('seed-alert-3'), true],
  ['own alerts, for the receipts of urgent ones', ownAlerts('LA', now), false],
  ['both sides of possible matches, by key', byKeys('SeizureCase', ['LA:seed-seizure-3', 'VN:seed-seizure-4']), true],
  // The projector's one read per batch when it matches arrivals against live alerts (match-store.ts).
  ['cross-gate matching: live alerts sharing a vehicle key', { collection: 'VehicleRiskAlert', filter: MatchStore.candidateFilter(['plate:43C12345', 'vin:NOSUCHVIN0000000']), index: { vehicleKeys: 1 } }, true],
];

describe('every query of the api hits an index', () => {
  it.each(QUERIES)('%s', async (_name, query, bounded) => {
    const explained = plan(await reader.explain(query));
    const stats = (JSON.parse(explained) as { executionStats?: { totalKeysExamined?: number; totalDocsExamined?: number; nReturned?: number } }).executionStats;
    expect(explained).toContain('IXSCAN');
    expect(explained).not.toContain('COLLSCAN');
    if (bounded) expect(stats?.totalKeysExamined ?? 0).toBeLessThan(SEEDED * 0.7);
  });

  it('the admins\' audit queries', async () => {
    const audit = new AuditLog(api.conn);
    await audit.init();
    for (const f of [{ limit: 50 }, { actor: 'la-admin', limit: 50 }, { action: 'plate-lookup' as const, from: now - DAY, limit: 50 }]) {
      const explained = plan(await audit.explain(f));
      expect(explained).toContain('IXSCAN');
      expect(explained).not.toContain('COLLSCAN');
    }
  });

  it('returns what the seed holds, in the routes\' order', async () => {
    const live = (await reader.find(gateAlerts('LA-DTO', now))).sort(byPriorityThenExpiry);
    expect(live.length).toBeGreaterThan(0);
    expect(live.every((d) => d.status === 'ACTIVE' && d.gates?.includes('LA-DTO'))).toBe(true);
  });
});
