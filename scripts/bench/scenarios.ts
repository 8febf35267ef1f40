// Scenarios B (steady rate) and C (sustained throughput): LA submits new SeizureCase records over
// HTTP and the benchmark times each one until it is in VN's view (C: and in LA's own view).
import { requestBody } from '@bex/api';
import type { RunningAuthority } from '@bex/authority';
import { botenSeizure } from '@bex/schemas';
import { ArrivalWatcher, nowMs, type WatcherStats } from './arrival-watcher';
import { closedLoop, fixedRate, type Submission, type Target } from './load';
import { outboxStamps } from './outbox-stages';
import { perSecond, progress, sleep, summarise, type LatencySummary } from './stats';

/** What the scenarios read of each authority: in-process nodes, or stores over the databases of authority processes. */
export interface ScenarioNodes {
  la: Pick<RunningAuthority, 'outbox' | 'views'>;
  vn: Pick<RunningAuthority, 'views'>;
  /** LA's api, POST /v1/seizure-cases. */
  submitTo: Target;
}

export const seizureBody = JSON.stringify(requestBody('SeizureCase', botenSeizure));

const accepted = (subs: Submission[]): Submission[] => subs.filter((s) => s.recordId !== undefined);

/** Latency from each 202 (and from each POST start) to the record's first sighting in a view. */
function viewLatency(subs: Submission[], watcher: ArrivalWatcher): { fromAccepted: LatencySummary; fromPostStart: LatencySummary; lastArrival: number } {
  const fromAccepted: number[] = [];
  const fromPostStart: number[] = [];
  let lastArrival = 0;
  for (const s of subs) {
    const at = watcher.arrivedAt.get(s.recordId!);
    if (at === undefined) continue;
    fromAccepted.push(at - s.answeredAt);
    fromPostStart.push(at - s.startedAt);
    lastArrival = Math.max(lastArrival, at);
  }
  return { fromAccepted: summarise(fromAccepted), fromPostStart: summarise(fromPostStart), lastArrival };
}

/** accept→sent (outbox wait + relay produce, acks=all) and sent→VN view (consume, verify, write, poll). */
async function stages(la: Pick<RunningAuthority, 'outbox'>, subs: Submission[], vnWatcher: ArrivalWatcher): Promise<Record<string, LatencySummary>> {
  const stamps = await outboxStamps(la.outbox, subs.map((s) => s.recordId!));
  const acceptToSent: number[] = [];
  const sentToVnView: number[] = [];
  for (const [recordId, st] of stamps) {
    if (st.sentAt === undefined) continue;
    acceptToSent.push(st.sentAt - st.createdAt);
    const at = vnWatcher.arrivedAt.get(recordId);
    if (at !== undefined) sentToVnView.push(at - st.sentAt);
  }
  return { outboxToRelaySent: summarise(acceptToSent), relaySentToVnView: summarise(sentToVnView) };
}

/** Submits a few records and waits for them, so group joins and caches do not land in B. */
export async function warmUp(n: ScenarioNodes, count: number, pollMs: number): Promise<{ records: number; firstRecordMs: number | null; allArrived: boolean }> {
  const watcher = new ArrivalWatcher(n.vn.views.collection('SeizureCase'), pollMs);
  watcher.start();
  await watcher.ready();
  const subs = await closedLoop(n.submitTo, seizureBody, count, 1, (s) => watcher.expect(s.recordId!));
  const allArrived = await watcher.drained(60_000);
  await watcher.stop();
  const first = subs[0]?.recordId ? watcher.arrivedAt.get(subs[0].recordId) : undefined;
  return { records: count, firstRecordMs: first === undefined ? null : Math.round(first - subs[0]!.startedAt), allArrived };
}

export interface SteadyOptions {
  rate: number;
  durationS: number;
  maxInFlight: number;
  pollMs: number;
  drainTimeoutMs: number;
}

export async function steadyRate(n: ScenarioNodes, o: SteadyOptions): Promise<Record<string, unknown>> {
  const watcher = new ArrivalWatcher(n.vn.views.collection('SeizureCase'), o.pollMs);
  watcher.start();
  await watcher.ready();
  const count = Math.round(o.rate * o.durationS);
  const run = await fixedRate(n.submitTo, seizureBody, o.rate, count, o.maxInFlight, (s) => watcher.expect(s.recordId!));
  progress(`steady rate: ${run.submissions.length} sent in ${(run.windowMs / 1000).toFixed(1)} s, waiting for VN's view`);
  const allArrived = await watcher.drained(o.drainTimeoutMs);
  const poller: WatcherStats = await watcher.stop();
  const ok = accepted(run.submissions);
  const vn = viewLatency(ok, watcher);
  return {
    offeredRatePerSec: o.rate,
    durationS: o.durationS,
    requested: count,
    sent: run.submissions.length,
    skippedBecauseMaxInFlight: run.skipped,
    accepted: ok.length,
    failed: run.submissions.length - ok.length,
    achievedRatePerSec: perSecond(ok.length, run.windowMs),
    inVnView: watcher.arrivedAt.size,
    allArrived,
    apiLatencyMs: summarise(ok.map((s) => s.answeredAt - s.startedAt)),
    publishToVnViewMs: { measuredFrom: '202 answer', ...vn.fromAccepted },
    postStartToVnViewMs: vn.fromPostStart,
    stagesMs: await stages(n.la, ok, watcher),
    resolution: { pollEveryMs: o.pollMs, ...poller },
  };
}

export interface ThroughputOptions {
  count: number;
  concurrency: number;
  pollMs: number;
  drainTimeoutMs: number;
}

/** Samples the outbox backlog and the views' progress about once a second: where the queue is. */
function sampleTimeline(n: ScenarioNodes, vn: ArrivalWatcher, la: ArrivalWatcher, t0: number, submitted: () => number): { stop(): Promise<unknown[]> } {
  const samples: unknown[] = [];
  let stopping = false;
  const loop = (async () => {
    while (!stopping && samples.length < 600) {
      const outboxPending = await n.la.outbox.backlog().catch(() => null);
      samples.push({ tS: Number(((nowMs() - t0) / 1000).toFixed(1)), accepted: submitted(), outboxPending, inLaView: la.arrivedAt.size, inVnView: vn.arrivedAt.size });
      await sleep(1000);
    }
  })();
  return { stop: async () => ((stopping = true), await loop, samples) };
}

export async function throughput(n: ScenarioNodes, o: ThroughputOptions): Promise<Record<string, unknown>> {
  const vn = new ArrivalWatcher(n.vn.views.collection('SeizureCase'), o.pollMs);
  const la = new ArrivalWatcher(n.la.views.collection('SeizureCase'), o.pollMs);
  vn.start();
  la.start();
  await Promise.all([vn.ready(), la.ready()]);
  let acceptedCount = 0;
  const t0 = nowMs();
  const timeline = sampleTimeline(n, vn, la, t0, () => acceptedCount);
  const subs = await closedLoop(n.submitTo, seizureBody, o.count, o.concurrency, (s) => {
    acceptedCount += 1;
    vn.expect(s.recordId!);
    la.expect(s.recordId!);
  });
  const apiDone = Math.max(...subs.map((s) => s.answeredAt));
  progress(`throughput: ${subs.length} answered in ${((apiDone - t0) / 1000).toFixed(1)} s, waiting for the views`);
  const [vnAll, laAll] = await Promise.all([vn.drained(o.drainTimeoutMs), la.drained(o.drainTimeoutMs)]);
  const [vnPoller, laPoller] = await Promise.all([vn.stop(), la.stop()]);
  const samples = await timeline.stop();
  const ok = accepted(subs);
  const atVn = viewLatency(ok, vn);
  const atLa = viewLatency(ok, la);
  return {
    records: o.count,
    concurrency: o.concurrency,
    accepted: ok.length,
    failed: subs.length - ok.length,
    apiAcceptPerSec: perSecond(ok.length, apiDone - t0),
    apiLatencyMs: summarise(ok.map((s) => s.answeredAt - s.startedAt)),
    vnView: { allArrived: vnAll, arrived: vn.arrivedAt.size, recordsPerSec: perSecond(vn.arrivedAt.size, atVn.lastArrival - t0), totalS: Number(((atVn.lastArrival - t0) / 1000).toFixed(2)), publishToViewMs: atVn.fromAccepted },
    laView: { allArrived: laAll, arrived: la.arrivedAt.size, recordsPerSec: perSecond(la.arrivedAt.size, atLa.lastArrival - t0), totalS: Number(((atLa.lastArrival - t0) / 1000).toFixed(2)), publishToViewMs: atLa.fromAccepted },
    stagesMs: await stages(n.la, ok, vn),
    timeline: samples,
    resolution: { pollEveryMs: o.pollMs, vn: vnPoller, la: laPoller },
  };
}
