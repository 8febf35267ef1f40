// Submits new SeizureCase records over HTTP: open loop at a fixed rate (a slow answer does not
// delay the next request, so queueing shows up as latency), or closed loop with a fixed number of
// requests in flight (as fast as the api answers). Both are bounded in count.
import { nowMs } from './arrival-watcher';
import { sleep } from './stats';

export interface Submission {
  startedAt: number;
  answeredAt: number;
  status: number;
  recordId: string | undefined;
}

export type OnAccepted = (s: Submission) => void;

/** Where to POST and with which headers (the bearer token). */
export interface Target {
  url: string;
  headers: Record<string, string>;
}

export async function submit(target: Target, body: string): Promise<Submission> {
  const startedAt = nowMs();
  try {
    const res = await fetch(target.url, { method: 'POST', headers: { ...target.headers, 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(30_000) });
    const answer = (await res.json().catch(() => ({}))) as { recordId?: string };
    return { startedAt, answeredAt: nowMs(), status: res.status, recordId: res.status === 202 ? answer.recordId : undefined };
  } catch {
    return { startedAt, answeredAt: nowMs(), status: 0, recordId: undefined };
  }
}

export interface FixedRateResult {
  submissions: Submission[];
  /** Requests not sent because `maxInFlight` were already waiting (the api fell behind). */
  skipped: number;
  windowMs: number;
}

export async function fixedRate(target: Target, body: string, rate: number, count: number, maxInFlight: number, onAccepted: OnAccepted): Promise<FixedRateResult> {
  const submissions: Submission[] = [];
  const inFlight = new Set<Promise<void>>();
  let skipped = 0;
  const t0 = nowMs();
  for (let i = 0; i < count; i++) {
    const wait = t0 + (i * 1000) / rate - nowMs();
    if (wait > 0) await sleep(wait);
    if (inFlight.size >= maxInFlight) {
      skipped += 1;
      continue;
    }
    const p: Promise<void> = submit(target, body).then((s) => {
      submissions.push(s);
      if (s.recordId) onAccepted(s);
      inFlight.delete(p);
    });
    inFlight.add(p);
  }
  const windowMs = nowMs() - t0;
  await Promise.all(inFlight);
  return { submissions, skipped, windowMs };
}

export async function closedLoop(target: Target, body: string, count: number, concurrency: number, onAccepted: OnAccepted): Promise<Submission[]> {
  const submissions: Submission[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      next += 1;
      const s = await submit(target, body);
      submissions.push(s);
      if (s.recordId) onAccepted(s);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return submissions;
}
