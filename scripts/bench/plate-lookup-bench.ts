// Benchmark: plate lookup (GET /v1/plates/:plate, indexed on the normalised plate, audited) under a
// fixed request rate with autocannon, against an LA api over a view seeded with N seizures and
// alerts; baseline in the same run: GET /healthz at the same rate (the HTTP and auth-free floor).
// Usage: npx tsx scripts/bench/plate-lookup-bench.ts [--docs=20000] [--rate=200] [--seconds=15]
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import mongoose from 'mongoose';
import { apiAudience, createApp, devIssuer, devJwksFile, jwksSource } from '@bex/api';
import { ViewStore } from '@bex/view';
import { createLogger, OutboxStore } from '@bex/shared';
import type autocannon from 'autocannon';
import { ensureDevIdentity, mintDevToken } from '../dev-identity';
import { ensureStack } from './bench-stack';
import { atFixedRate, lookupPaths, seedPlates, summariseLoad as summary } from './plate-lookup';

const arg = (name: string, fallback: number): number => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const docs = arg('docs', 20_000);
const rate = arg('rate', 200);
const seconds = arg('seconds', 15);

const seed = (views: ViewStore): Promise<void> => seedPlates(views, 0, docs, (done) => process.stderr.write(`seeded ${done} / ${docs}\n`));

const run = (url: string, headers: Record<string, string>, requests: autocannon.Request[]): Promise<autocannon.Result> => atFixedRate(url, headers, requests, { rate, seconds, connections: 8 });

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
    const paths = lookupPaths(docs);
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
