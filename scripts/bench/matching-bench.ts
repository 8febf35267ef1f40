// Benchmark: cross-gate matching. N live alerts in a view on disk (a database of this run's own,
// never the user's), then M incoming seizures matched in projector-sized batches the way the
// projector does it (MatchStore.take: one indexed read of the alerts and one bulk write per batch).
// Peer in the same invocation: the same seizures matched with one indexed read per record, the
// per-record round trip batching avoids. Prints JSON: cost per record, batch latency percentiles,
// matches found, the explain plan of the batch read, and memory.
// Usage: npm run bench:matching -- [--alerts=100000] [--incoming=10000] [--batch=500] [--hit-every=10]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { makeSample } from '@bex/schemas';
import type { AnyRecord } from '@bex/shared';
import { MatchStore, VIEW_COLLECTIONS, ViewStore, findMatches, viewDocument, type ViewDocument } from '@bex/view';
import { endpoints, loadStackConfig } from '../stack/config';
import { stop } from '../stack/processes';
import { reset, upOne } from '../stack/stack';
import { progress, rssMb, summarise } from './stats';

const arg = (name: string, fallback: number): number => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const ALERTS = arg('alerts', 100_000);
const INCOMING = arg('incoming', 10_000);
const BATCH = arg('batch', 500);
/** One incoming seizure in this many carries the plate of a live alert. */
const HIT_EVERY = arg('hit-every', 10);
const DAY = 86_400_000;

const now = Date.now();
const plate = (i: number): string => `BX${String(i).padStart(7, '0')}`;

function alertDoc(i: number): ViewDocument {
  const alert = makeSample('VehicleRiskAlert', { source: i % 2 === 0 ? 'VN' : 'LA', recordId: `bench-alert-${i}` }) as unknown as AnyRecord & Record<string, unknown>;
  alert.vehicle = { ...(alert.vehicle as object), plate: plate(i), vin: i % 10 === 0 ? `VIN${String(i).padStart(14, '0')}` : null };
  alert.validFrom = now - 30 * DAY;
  alert.validUntil = now + 60 * DAY;
  return viewDocument(alert, now);
}

function seizureDoc(i: number): ViewDocument {
  const seizure = makeSample('SeizureCase', { source: 'LA', recordId: `bench-seizure-${i}` }) as unknown as AnyRecord & Record<string, unknown>;
  // Every HIT_EVERY-th seizure carries the plate of a live alert; the others a plate no alert has.
  const p = i % HIT_EVERY === 0 ? plate((i * 7919) % ALERTS) : `NONE${String(i).padStart(7, '0')}`;
  seizure.conveyance = { ...(seizure.conveyance as object), plate: p };
  return viewDocument(seizure, now);
}

/** Stack steps print progress with console.log; stdout carries only the JSON report. */
async function quietly<T>(step: () => Promise<T>): Promise<T> {
  const log = console.log;
  console.log = (...args: unknown[]) => console.error(...args);
  try {
    return await step();
  } finally {
    console.log = log;
  }
}

async function main(): Promise<void> {
  const root = loadStackConfig(process.env).root;
  const home = join(root, '.bex', 'bench-matching');
  mkdirSync(home, { recursive: true });
  const cfg = loadStackConfig({ ...process.env, BEX_HOME: home, BEX_DATA_DIR: join(home, 'data'), BEX_DB_STORAGE: 'disk', BEX_DB_PORT: process.env.BEX_BENCH_MATCHING_DB_PORT ?? '27717' });
  progress(`starting a database of this run's own, on disk, in ${cfg.dataDir}`);
  await quietly(async () => {
    await reset(cfg);
    await upOne(cfg, 'database');
  });
  const conn = await mongoose.createConnection(endpoints(cfg).mongoUrl, { dbName: 'bench_matching' }).asPromise();
  try {
    const views = new ViewStore(conn);
    const matches = new MatchStore(conn);
    await Promise.all([views.init(), matches.init()]);
    const alerts = conn.collection<ViewDocument>(VIEW_COLLECTIONS.VehicleRiskAlert);
    const seedStarted = Date.now();
    for (let from = 0; from < ALERTS; from += 2_000) {
      await alerts.insertMany(Array.from({ length: Math.min(2_000, ALERTS - from) }, (_, k) => alertDoc(from + k)), { ordered: false });
      if ((from / 2_000) % 10 === 0) progress(`seeded ${from + 2_000} / ${ALERTS} live alerts`);
    }
    const seedMs = Date.now() - seedStarted;
    const incoming = Array.from({ length: INCOMING }, (_, i) => ({ type: 'SeizureCase' as const, doc: seizureDoc(i) }));

    progress(`matching ${INCOMING} seizures in batches of ${BATCH} (one read, one write per batch)`);
    const batchMs: number[] = [];
    let found = 0;
    const batchedStarted = performance.now();
    for (let from = 0; from < INCOMING; from += BATCH) {
      const t0 = performance.now();
      found += await matches.take(incoming.slice(from, from + BATCH), new Date(now));
      batchMs.push(performance.now() - t0);
    }
    const batchedMs = performance.now() - batchedStarted;

    progress(`peer: the same seizures with one indexed read per record`);
    const perRecordMs: number[] = [];
    let peerFound = 0;
    const peerStarted = performance.now();
    for (const record of incoming) {
      const t0 = performance.now();
      const candidates = await alerts.find(MatchStore.candidateFilter(record.doc.vehicleKeys ?? []), { projection: { record: 0 } }).toArray();
      peerFound += findMatches([record], candidates, new Date(now)).length;
      perRecordMs.push(performance.now() - t0);
    }
    const peerMs = performance.now() - peerStarted;

    const sampleKeys = incoming.slice(0, BATCH).flatMap((r) => r.doc.vehicleKeys ?? []);
    const explained = (await alerts.find(MatchStore.candidateFilter(sampleKeys), { projection: { record: 0 } }).explain('executionStats')) as {
      queryPlanner?: { winningPlan?: unknown };
      executionStats?: { totalKeysExamined?: number; totalDocsExamined?: number; nReturned?: number; executionTimeMillis?: number };
    };
    const round = (n: number): number => Math.round(n * 100) / 100;
    console.log(
      JSON.stringify(
        {
          benchmark: 'cross-gate-matching',
          config: { liveAlerts: ALERTS, incoming: INCOMING, batch: BATCH, matchingShare: 1 / HIT_EVERY, storage: 'disk', database: 'SecantusDB (own process of this run)' },
          seeding: { alerts: ALERTS, ms: seedMs },
          batched: {
            recordsPerSecond: round((INCOMING * 1000) / batchedMs),
            costPerRecordMs: round(batchedMs / INCOMING),
            batchLatencyMs: summarise(batchMs),
            possibleMatches: found,
          },
          peerOneReadPerRecord: {
            recordsPerSecond: round((INCOMING * 1000) / peerMs),
            costPerRecordMs: round(peerMs / INCOMING),
            recordLatencyMs: summarise(perRecordMs),
            possibleMatches: peerFound,
          },
          batchedVsPeer: round(peerMs / batchedMs),
          explainOfBatchRead: { keysLookedUp: sampleKeys.length, winningPlan: explained.queryPlanner?.winningPlan, executionStats: explained.executionStats },
          memory: { benchProcessRssMb: rssMb() },
        },
        null,
        2,
      ),
    );
  } finally {
    await conn.close();
    await quietly(() => stop(cfg, 'database'));
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
