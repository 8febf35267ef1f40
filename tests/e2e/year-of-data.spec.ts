// The demo year through the real apis of LA, VN and CN (a small scale keeps it quick): every call
// is accepted, LA's view fills with its own and its partners' seizures over the whole year, the
// analyst's trends show it month by month, and a filtered answer exported as CSV says what the
// JSON says.
import { seedYear } from '../../scripts/exchange/year/seed-year';
import { callJson, eventually, startTestExchange, type TestExchange } from '../harness';

let ex: TestExchange;
let counts: Record<string, number>;
const now = Date.now();

beforeAll(async () => {
  ex = await startTestExchange(['LA', 'VN', 'CN']);
  const urls = { LA: ex.nodes.LA!.apiUrl!, VN: ex.nodes.VN!.apiUrl!, CN: ex.nodes.CN!.apiUrl! };
  counts = await seedYear(urls, { seed: 11, scale: 0.25, now });
}, 240_000);

afterAll(async () => {
  await ex?.stop();
});

const analyst = () => ex.token('LA', ['analyst']);

describe('a year of exchange, seeded through the apis', () => {
  it('every planned call was accepted, and LA\'s view holds seizures of LA, VN and CN', async () => {
    expect(counts.SeizureCase).toBe(75);
    const sources = await eventually(async () => {
      const found = (await ex.nodes.LA!.views.collection('SeizureCase').distinct('source')).sort();
      return found.length === 3 ? found : undefined;
    }, 60_000, 200);
    expect(sources).toEqual(['CN', 'LA', 'VN']);
  });

  it('the analyst\'s trends cover the year month by month, and a filtered CSV says what the JSON says', async () => {
    const from = new Date(now - 365 * 86_400_000).toISOString();
    const months = await eventually(async () => {
      const answer = await callJson(ex.nodes.LA!.apiUrl!, 'GET', `/v1/analytics/seizures?groupBy=month&from=${from}`, undefined, analyst());
      const groups = answer.body.groups as Array<{ key: string; count: number }>;
      return groups.length >= 10 ? groups : undefined;
    }, 60_000, 500);
    expect(months.reduce((n, g) => n + g.count, 0)).toBeGreaterThan(30);

    const query = `groupBy=category&from=${encodeURIComponent(from)}&crossing=BTN-MHN&compare=previous`;
    const json = await callJson(ex.nodes.LA!.apiUrl!, 'GET', `/v1/analytics/seizures?${query}`, undefined, analyst());
    expect(json.status).toBe(200);
    const groups = json.body.groups as Array<{ key: string; count: number; quantities: Array<{ unit: string; total: string }> }>;
    expect(groups.length).toBeGreaterThan(0);
    const res = await fetch(`${ex.nodes.LA!.apiUrl!}/v1/analytics/seizures.csv?${query}`, { headers: { authorization: `Bearer ${analyst()}` } });
    const [, ...rows] = (await res.text()).trimEnd().split('\r\n').map((line) => line.split(','));
    const expected = groups.flatMap((g) => (g.quantities.length === 0 ? [[g.key, String(g.count), '', '']] : g.quantities.map((q) => [g.key, String(g.count), q.unit, q.total])));
    expect(rows.filter((r) => r[0] === 'current').map((r) => r.slice(4))).toEqual(expected);
  });

  it('the Mohan branch sees Boten\'s reopening at 150 trucks a day, across the crossing', async () => {
    const cn = ex.nodes.CN!;
    // The closure reaches CN first; once its supersession has too, the reopening alone is in force.
    const limits = async (): Promise<Array<number | null>> => {
      const a = await callJson(cn.apiUrl!, 'GET', '/v1/policy-changes/in-force?gate=CN-MHN', undefined, ex.token('CN', ['border-branch']));
      const items = a.body.items as Array<{ acrossCrossing: { gate: string } | null; record: { dailyVehicleLimit: number | null } }>;
      return items.filter((i) => i.acrossCrossing?.gate === 'LA-BTN').map((i) => i.record.dailyVehicleLimit);
    };
    await eventually(async () => ((await limits()).join() === '150' ? true : undefined), 30_000, 200);
    expect(await limits()).toEqual([150]);
  });
});
