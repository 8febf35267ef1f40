// Scenario A, the baseline: the durable accept alone. The same SeizureCase the api would store is
// appended straight to an outbox (OutboxStore.append), without HTTP, validation or Kafka, in a
// database of its own so no relay picks it up. A second baseline adds the api (HTTP, validation)
// on an idle process: what B and C add on top of these is the pipeline and its contention.
import { randomUUID } from 'node:crypto';
import { botenSeizure } from '@bex/schemas';
import { OutboxStore, type AnyRecord, type Logger } from '@bex/shared';
import mongoose from 'mongoose';
import { nowMs } from './arrival-watcher';
import { hostApi } from './bench-api';
import { closedLoop } from './load';
import { perSecond, summarise, type LatencySummary } from './stats';

export interface BaselineResult {
  what: string;
  sequential: { records: number; recordsPerSec: number; latencyMs: LatencySummary };
  concurrent: { records: number; concurrency: number; recordsPerSec: number; latencyMs: LatencySummary };
  httpAcceptApiOnly: { what: string; records: number; concurrency: number; recordsPerSec: number; latencyMs: LatencySummary };
  httpAcceptApiOnlyConcurrent: { what: string; records: number; concurrency: number; recordsPerSec: number; latencyMs: LatencySummary };
  /** The api's accept rate at `concurrency` in flight over the raw sequential append (issue 13's target: ≥ 2). */
  acceptOverSequentialAppend: number;
}

const freshRecord = (): AnyRecord => ({ ...botenSeizure, meta: { ...botenSeizure.meta, recordId: randomUUID() } }) as unknown as AnyRecord;

/** Appends `count` fresh SeizureCases, `concurrency` at a time; the latency of each and the time of all. */
export async function appendMany(outbox: OutboxStore, count: number, concurrency: number): Promise<{ samples: number[]; elapsedMs: number }> {
  const samples: number[] = [];
  let next = 0;
  const started = nowMs();
  const worker = async (): Promise<void> => {
    while (next < count) {
      next += 1;
      const record = freshRecord();
      const t0 = nowMs();
      await outbox.append(record, new Date());
      samples.push(nowMs() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { samples, elapsedMs: nowMs() - started };
}

/** POSTs to an api with no relay or projector beside it, closed loop, `concurrency` requests in flight. */
async function httpAccept(outbox: OutboxStore, logger: Logger, body: string, count: number, concurrency: number): Promise<{ samples: number[]; elapsedMs: number }> {
  const api = await hostApi('LA', outbox, logger);
  try {
    const target = { url: `${api.url}/v1/seizure-cases`, headers: api.headers };
    await closedLoop(target, body, Math.min(100, count), 1, () => undefined);
    const started = nowMs();
    const subs = await closedLoop(target, body, count, concurrency, () => undefined);
    const ok = subs.filter((s) => s.status === 202);
    if (ok.length !== subs.length) throw new Error(`baseline api refused ${subs.length - ok.length} of ${subs.length} records`);
    return { samples: ok.map((s) => s.answeredAt - s.startedAt), elapsedMs: nowMs() - started };
  } finally {
    await api.close();
  }
}

export async function runBaseline(mongoUrl: string, dbName: string, count: number, concurrency: number, logger: Logger, body: string): Promise<BaselineResult> {
  const connection = await mongoose.createConnection(mongoUrl, { dbName }).asPromise();
  try {
    const outbox = new OutboxStore(connection);
    await outbox.init();
    await appendMany(outbox, Math.min(100, count), 1); // warm-up: connection pool, indexes, JIT
    const seq = await appendMany(outbox, count, 1);
    const conc = await appendMany(outbox, count, concurrency);
    const api = await httpAccept(outbox, logger, body, count, 1);
    const apiConc = await httpAccept(outbox, logger, body, count, concurrency);
    const sequentialPerSec = perSecond(count, seq.elapsedMs);
    const acceptPerSec = perSecond(count, apiConc.elapsedMs);
    return {
      what: 'OutboxStore.append of botenSeizure with a fresh recordId, no HTTP, no Kafka',
      sequential: { records: count, recordsPerSec: sequentialPerSec, latencyMs: summarise(seq.samples) },
      concurrent: { records: count, concurrency, recordsPerSec: perSecond(count, conc.elapsedMs), latencyMs: summarise(conc.samples) },
      httpAcceptApiOnly: {
        what: 'POST /v1/seizure-cases to an api alone (no relay, no projector in the process), sequential',
        records: count, concurrency: 1, recordsPerSec: perSecond(count, api.elapsedMs), latencyMs: summarise(api.samples),
      },
      httpAcceptApiOnlyConcurrent: {
        what: `POST /v1/seizure-cases to an api alone, ${concurrency} in flight`,
        records: count, concurrency, recordsPerSec: acceptPerSec, latencyMs: summarise(apiConc.samples),
      },
      acceptOverSequentialAppend: Math.round((acceptPerSec / sequentialPerSec) * 100) / 100,
    };
  } finally {
    await connection.dropDatabase().catch(() => undefined);
    await connection.close();
  }
}
