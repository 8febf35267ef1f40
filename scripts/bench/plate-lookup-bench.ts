// Benchmark: plate lookup (GET /v1/plates/:plate, indexed on the normalised plate, audited) under a
// fixed request rate with autocannon, against an LA api over a view seeded with N seizures and
// alerts; baseline in the same run: GET /healthz at the same rate (the HTTP and auth-free floor).
// Usage: npx tsx scripts/bench/plate-lookup-bench.ts [--docs=20000] [--rate=200] [--seconds=15]
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import mongoose from 'mongoose';
import { apiAudience, createApp, devIssuer, devJwksFile, jwksSource } from '@bex/api';
import { viewDocument, ViewStore } from '@bex/projector';
import { botenSeizure, makeSample, truckAlert } from '@bex/schemas';
import { createLogger, OutboxStore, type AnyRecord } from '@bex/shared';
import { ensureDevIdentity, mintDevToken } from '../dev-identity';
import { ensureStack } from './bench-stack';

const arg = (name: string, fallback: number): number => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const docs = arg('docs', 20_000);
const rate = arg('rate', 200);
const seconds = arg('seconds', 15);

const plateOf = (i: number): string => `43C-${String(100 + (i % 900)).padStart(3, '0')}.${String(i % 97).padStart(2, '0')}`;

async function seed(views: ViewStore): Promise<void> {
  const batch = 2000;
  for (let start = 0; start < docs; start += batch) {
    const seizures = [];
    const alerts = [];
    for (let i = start; i < Math.min(docs, start + batch); i++) {
      const base = { ...botenSeizure, conveyance: { ...botenSeizure.conveyance!, plate: plateOf(i) } };
      seizures.push(viewDocument(makeSample('SeizureCase', { source: 'LA', recipient: 'LA', recordId: randomUUID(), revision: 1, base }) as unknown as AnyRecord, Date.now()));
      if (i % 10 === 0) {
        const alert = { ...truckAlert, vehicle: { ...truckAlert.vehicle!, plate: plateOf(i) }, validFrom: Date.now() - 1e8, validUntil: Date.now() + 1e9 };
        alerts.push(viewDocument(makeSample('VehicleRiskAlert', { source: 'VN', recipient: 'LA', recordId: randomUUID(), revision: 1, base: alert }) as unknown as AnyRecord, Date.now()));
      }
    }
    await views.collection('SeizureCase').insertMany(seizures);
    await views.collection('VehicleRiskAlert').insertMany(alerts);
    process.stderr.write(`seeded ${Math.min(docs, start + batch)} / ${docs}\n`);
  }
}

function run(url: string, headers: Record<string, string>, requests: autocannon.Request[]): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: 8, overallRate: rate, duration: seconds, headers, requests }, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

const summary = (name: string, r: autocannon.Result) => ({
  name,
  requests: r.requests.total,
  non2xx: r.non2xx,
  errors: r.errors,
  achievedRatePerSec: Math.round(r.requests.average),
  latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
});

async function main(): Promise<void> {
  const stack = await ensureStack();
  const conn = await mongoose.createConnection(stack.endpoints.mongoUrl, { dbName: `bench_plates_${Date.now().toString(36)}` }).asPromise();
  const server = createServer();
  try {
    const views = new ViewStore(conn);
    const outbox = new OutboxStore(conn);
    await Promise.all([views.init(), outbox.init()]);
    await seed(views);
    ensureDevIdentity();
    const app = createApp({
      authority: 'LA',
      outbox,
      logger: createLogger('bench', 'silent'),
      views: conn,
      auth: { jwks: jwksSource(devJwksFile('LA')), issuer: devIssuer('LA'), audience: apiAudience('LA') },
    });
    server.on('request', app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const token = mintDevToken({ authority: 'LA', roles: ['border-branch'], gate: 'LA-DTO' });
    const rssBefore = process.memoryUsage().rss;
    const baseline = await run(`${base}/healthz`, {}, [{ method: 'GET', path: '/healthz' }]);
    // Each connection cycles through these lookups: 200 different plates spread over the view.
    const paths = Array.from({ length: 200 }, (_, k) => `/v1/plates/${encodeURIComponent(plateOf((k * 7919) % docs))}`);
    const lookups = await run(`${base}${paths[0]}`, { authorization: `Bearer ${token}` }, paths.map((path) => ({ method: 'GET', path })));
    const audited = await conn.collection('audit').countDocuments({ action: 'plate-lookup' });
    console.log(
      JSON.stringify(
        {
          benchmark: 'plate-lookup',
          config: { docs, alerts: Math.ceil(docs / 10), rate, seconds, connections: 8, stack: stack.origin },
          baseline: summary('GET /healthz', baseline),
          plateLookup: { ...summary('GET /v1/plates/:plate (border-branch token, audited)', lookups), auditEntries: audited },
          memory: { processRssMbBefore: Math.round(rssBefore / 2 ** 20), processRssMbAfter: Math.round(process.memoryUsage().rss / 2 ** 20) },
        },
        null,
        2,
      ),
    );
  } finally {
    server.close();
    await conn.dropDatabase();
    await conn.close();
    await stack.release();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
