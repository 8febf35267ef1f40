// Plate lookup (GET /v1/plates/:plate, border-branch token, every answer audited) with autocannon
// at a fixed rate against an LA process running only the api role, over a view of S seizures and
// S/10 alerts, for each size asked (100,000 by default; --grow: 100,000 then 1,000,000), the view
// grown in place between sizes. GET /healthz at the same rate is the floor beside it. With 8
// connections (as bench:plates) at most 8 ÷ latency requests a second get through: the achieved
// rate falls short of the offered one once a lookup takes longer than 8/rate seconds. Beside it,
// the database alone (lookup-floor.ts): the same queries, and an audit insert, from the driver.
import { ViewStore } from '@bex/view';
import { mintDevToken } from '../../dev-identity';
import { nowMs } from '../arrival-watcher';
import { atFixedRate, lookupPaths, seedPlates, summariseLoad } from '../plate-lookup';
import { perSecond, progress } from '../stats';
import type { StageContext } from './context';
import { stepRates, type Crossing, type StepRate } from './growth';
import { keysOf, lookupFloor, type FloorRun } from './lookup-floor';
import { startRoles } from './role-process';

export interface LookupAtSize {
  seizures: number;
  alerts: number;
  seeding: { recordsPerSec: number; seconds: number; steps: StepRate[] };
  healthz: ReturnType<typeof summariseLoad>;
  plateLookup: ReturnType<typeof summariseLoad> & { auditEntries: number; everyLookupAudited: boolean };
  /** The same queries (and audit insert) from the driver at the same rate: what the database allows. */
  databaseAlone: { queries: FloorRun; queriesAndAudit: FloorRun };
}

export interface LookupStageResult {
  rate: number;
  seconds: number;
  connections: number;
  sizes: LookupAtSize[];
}

export async function lookupStage(ctx: StageContext): Promise<LookupStageResult> {
  const { o, stack } = ctx;
  const prefix = await ctx.prefix('lookup');
  const dbName = ctx.database('lookup_la');
  const conn = await ctx.connect(dbName);
  const views = new ViewStore(conn);
  const api = await startRoles(stack.cfg, ctx.runDir, { authority: 'LA', roles: ['api'], prefix, dbName });
  ctx.rss.track('api (LA, plate lookups)', api.runningPid);
  const sizes: LookupAtSize[] = [];
  try {
    let seeded = 0;
    for (const size of o.lookupSizes) {
      progress(`lookup: growing the view from ${seeded} to ${size} seizures (and an alert per ten)`);
      const t0 = nowMs();
      const crossings: Crossing[] = [{ count: seeded, atMs: t0 }];
      const step = Math.max(2000, Math.round((size - seeded) / 10 / 2000) * 2000);
      await seedPlates(views, seeded, size, (done) => {
        if (done === size || done % step === 0) crossings.push({ count: done, atMs: nowMs() });
        if (done % 20_000 === 0) progress(`lookup: ${done} / ${size} seizures`);
      });
      const seedMs = nowMs() - t0;
      const seeding = { recordsPerSec: perSecond(size - seeded, seedMs), seconds: Number((seedMs / 1000).toFixed(1)), steps: stepRates(crossings) };
      seeded = size;

      progress(`lookup: ${o.lookupRate} req/s for ${o.lookupSeconds} s, /healthz then plate lookups, on ${size} seizures`);
      const spec = { rate: o.lookupRate, seconds: o.lookupSeconds, connections: o.lookupConnections };
      const healthz = summariseLoad('GET /healthz', await atFixedRate(`${api.apiUrl}/healthz`, {}, [{ method: 'GET', path: '/healthz' }], spec));
      const token = mintDevToken({ authority: 'LA', roles: ['border-branch'], gate: 'LA-DTO', ttlSeconds: 3600 });
      const audit = conn.collection('audit');
      const auditBefore = await audit.countDocuments({ action: 'plate-lookup' });
      const paths = lookupPaths(size);
      const result = await atFixedRate(`${api.apiUrl}${paths[0]}`, { authorization: `Bearer ${token}` }, paths.map((path) => ({ method: 'GET', path })), spec);
      const lookups = summariseLoad('GET /v1/plates/:plate (border-branch token, audited)', result);
      const auditEntries = (await audit.countDocuments({ action: 'plate-lookup' })) - auditBefore;
      const answered = result['2xx'];
      progress(`lookup: the same queries from the driver alone at ${o.lookupRate}/s, then with a journaled audit insert each`);
      const keys = keysOf(paths);
      const databaseAlone = { queries: await lookupFloor(conn, keys, spec, false), queriesAndAudit: await lookupFloor(conn, keys, spec, true) };
      sizes.push({ seizures: size, alerts: Math.ceil(size / 10), seeding, healthz, plateLookup: { ...lookups, auditEntries, everyLookupAudited: auditEntries >= answered }, databaseAlone });
    }
    return { rate: o.lookupRate, seconds: o.lookupSeconds, connections: o.lookupConnections, sizes };
  } finally {
    ctx.rss.untrack('api (LA, plate lookups)');
    await api.stop();
  }
}
