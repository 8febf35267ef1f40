// The api's accept rate beside a raw outbox append. The append: OutboxStore.append of the same
// SeizureCase, journaled, from this process, one at a time (and 16 at a time, for reference). The
// api: an LA process running only the api role, POST /v1/seizure-cases over HTTP with an officer's
// token, one at a time and then 16 in flight; nothing else runs in that process.
import { OutboxStore } from '@bex/shared';
import { mintDevToken } from '../../dev-identity';
import { appendMany } from '../baseline';
import { closedLoop } from '../load';
import { seizureBody } from '../scenarios';
import { perSecond, progress, summarise, type LatencySummary } from '../stats';
import type { StageContext } from './context';
import { cpuMsOf } from './machine';
import { compare, type Comparison } from './ratio';
import { startRoles } from './role-process';

export interface Throughput {
  records: number;
  concurrency: number;
  recordsPerSec: number;
  latencyMs: LatencySummary;
}

/** CPU each process spent per accepted request while 16 were in flight: where the time goes. */
export type CpuPerRequest = Record<string, number>;

export interface ApiStageResult {
  appendSequential: Throughput;
  appendConcurrent: Throughput;
  apiSequential: Throughput & { refused: number };
  apiConcurrent: Throughput & { refused: number };
  cpuMsPerRequest: CpuPerRequest;
  outboxSizeAtEnd: { append: number; api: number };
  comparisons: Comparison[];
}

const officerToken = (): string => mintDevToken({ authority: 'LA', roles: ['officer'], office: 'LA-BTN', ttlSeconds: 3600 });

async function post(url: string, count: number, concurrency: number): Promise<Throughput & { refused: number }> {
  const target = { url, headers: { authorization: `Bearer ${officerToken()}` } };
  const t0 = performance.now();
  const subs = await closedLoop(target, seizureBody, count, concurrency, () => undefined);
  const elapsed = performance.now() - t0;
  const ok = subs.filter((s) => s.status === 202);
  return { records: count, concurrency, recordsPerSec: perSecond(ok.length, elapsed), latencyMs: summarise(ok.map((s) => s.answeredAt - s.startedAt)), refused: subs.length - ok.length };
}

export async function apiStage(ctx: StageContext): Promise<ApiStageResult> {
  const { o } = ctx;
  const n = o.apiRecords;
  const appendDb = await ctx.connect(ctx.database('append'));
  const outbox = new OutboxStore(appendDb);
  await outbox.init();
  progress(`api: ${n} raw outbox appends, sequential, then ${o.apiConcurrency} at a time`);
  await appendMany(outbox, Math.min(100, n), 1); // warm-up: pool, indexes, JIT
  const seq = await appendMany(outbox, n, 1);
  const conc = await appendMany(outbox, n, o.apiConcurrency);
  const appendSequential = { records: n, concurrency: 1, recordsPerSec: perSecond(n, seq.elapsedMs), latencyMs: summarise(seq.samples) };
  const appendConcurrent = { records: n, concurrency: o.apiConcurrency, recordsPerSec: perSecond(n, conc.elapsedMs), latencyMs: summarise(conc.samples) };

  const prefix = await ctx.prefix('api');
  const apiDb = ctx.database('api_la');
  const api = await startRoles(ctx.stack.cfg, ctx.runDir, { authority: 'LA', roles: ['api'], prefix, dbName: apiDb });
  ctx.rss.track('api (LA, api role only)', api.runningPid);
  try {
    const url = `${api.apiUrl}/v1/seizure-cases`;
    progress(`api: ${n} POSTs sequential, then ${o.apiConcurrency} in flight, to an api-only process`);
    await post(url, Math.min(100, n), 1);
    const apiSequential = await post(url, n, 1);
    const pids: Record<string, number | undefined> = { api: api.pid, database: ctx.stack.pidOf('database'), 'bench:compare (load)': process.pid };
    const before = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, pid === undefined ? undefined : cpuMsOf(pid)]));
    const apiConcurrent = await post(url, n, o.apiConcurrency);
    const cpuMsPerRequest: CpuPerRequest = {};
    for (const [k, pid] of Object.entries(pids)) {
      const used = pid === undefined ? undefined : cpuMsOf(pid);
      const was = before[k];
      if (used !== undefined && was !== undefined) cpuMsPerRequest[k] = Math.round(((used - was) / Math.max(1, n - apiConcurrent.refused)) * 100) / 100;
    }
    const apiOutbox = new OutboxStore(await ctx.connect(apiDb));
    const outboxSizeAtEnd = { append: await outbox.model.estimatedDocumentCount(), api: await apiOutbox.model.estimatedDocumentCount() };
    return {
      appendSequential,
      appendConcurrent,
      apiSequential,
      apiConcurrent,
      cpuMsPerRequest,
      outboxSizeAtEnd,
      comparisons: [
        compare('api accept, 16 in flight vs raw append, sequential', { what: `POST /v1/seizure-cases, ${o.apiConcurrency} in flight`, perSec: apiConcurrent.recordsPerSec }, { what: 'OutboxStore.append, sequential', perSec: appendSequential.recordsPerSec }),
        compare('api accept, sequential vs raw append, sequential', { what: 'POST /v1/seizure-cases, sequential', perSec: apiSequential.recordsPerSec }, { what: 'OutboxStore.append, sequential', perSec: appendSequential.recordsPerSec }),
      ],
    };
  } finally {
    ctx.rss.untrack('api (LA, api role only)');
    await api.stop();
  }
}
