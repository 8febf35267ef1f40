// Follows a count until it reaches a target: when the first record appeared, when the target was
// reached, and when each tenth was crossed (growth.ts turns those into rates as the view grows).
// The count must be cheap to ask: SecantusDB counts a collection by scanning it (even
// estimatedDocumentCount), and a view's count polled every 250 ms took 44 % of the database
// during a rebuild of 100,000 records (py-spy), slowing what it measured more as the view grew.
// So consumers are followed by their group's committed offsets (committed-count.ts), which both
// the projector and Kafka Connect move only after the database acknowledged the write.
import { nowMs } from '../arrival-watcher';
import { sleep } from '../stats';
import { milestones, stepRates, type Crossing, type StepRate } from './growth';

export interface CountRun {
  target: number;
  reached: boolean;
  final: number;
  /** From the first document seen to the target: the steady rate, start-up excluded. */
  recordsPerSec: number;
  /** From `since` (the start of the stage) to the target: start-up (group join, JIT) included. */
  recordsPerSecFromStart: number;
  seconds: number;
  steps: StepRate[];
  pollEveryMs: number;
}

const round1 = (n: number): number => Number(n.toFixed(1));

/** A cheap count of what has been done so far. */
export type Counter = () => Promise<number>;

export async function watchCount(count: Counter, target: number, opts: { since: number; timeoutMs: number; pollMs?: number; startCount?: number }): Promise<CountRun> {
  const pollMs = opts.pollMs ?? 250;
  const base = opts.startCount ?? 0;
  const marks = milestones(target);
  const crossings: Crossing[] = [];
  let first: Crossing | undefined;
  let counted = base;
  const deadline = Date.now() + opts.timeoutMs;
  while (counted - base < target && Date.now() < deadline) {
    await sleep(pollMs);
    counted = await count();
    const at = nowMs();
    const done = counted - base;
    if (done > 0 && first === undefined) {
      first = { count: done, atMs: at };
      crossings.push(first);
    }
    while (marks.length > 0 && done >= marks[0]!) {
      marks.shift();
      if (crossings[crossings.length - 1]?.count !== done) crossings.push({ count: done, atMs: at });
    }
  }
  const end = nowMs();
  const done = counted - base;
  const reached = done >= target;
  const last = crossings[crossings.length - 1];
  const steady = first && last && last.atMs > first.atMs ? ((last.count - first.count) * 1000) / (last.atMs - first.atMs) : 0;
  return {
    target,
    reached,
    final: done,
    recordsPerSec: round1(steady),
    recordsPerSecFromStart: round1((done * 1000) / Math.max(1, end - opts.since)),
    seconds: round1((end - opts.since) / 1000),
    steps: stepRates(crossings),
    pollEveryMs: pollMs,
  };
}
