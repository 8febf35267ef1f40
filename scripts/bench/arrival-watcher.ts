// Notes when records appear in a view by polling it: one query per tick for the outstanding ids
// (oldest first, capped so a large backlog does not make each poll heavy), projecting only `_id`.
// An arrival time is when the poll that saw it returned, so it is late by at most one tick plus
// the query time; the benchmark reports that resolution next to the numbers.
import type { ViewDocument } from '@bex/view';
import type { Collection } from 'mongodb';
import { sleep } from './stats';

/** Epoch milliseconds with sub-millisecond resolution, comparable with Date fields in the outbox. */
export const nowMs = (): number => performance.timeOrigin + performance.now();

export interface WatcherStats {
  polls: number;
  pollErrors: number;
  meanPollMs: number;
}

export class ArrivalWatcher {
  readonly arrivedAt = new Map<string, number>();
  private readonly outstanding = new Set<string>();
  private running: Promise<void> | undefined;
  private stopping = false;
  private polls = 0;
  private pollErrors = 0;
  private pollMsTotal = 0;

  constructor(
    private readonly collection: Collection<ViewDocument>,
    private readonly everyMs = 20,
    private readonly maxIdsPerPoll = 1000,
  ) {}

  expect(id: string): void {
    if (!this.arrivedAt.has(id)) this.outstanding.add(id);
  }

  get pending(): number {
    return this.outstanding.size;
  }

  start(): void {
    this.running ??= this.loop();
  }

  async stop(): Promise<WatcherStats> {
    this.stopping = true;
    await this.running;
    return { polls: this.polls, pollErrors: this.pollErrors, meanPollMs: this.polls === 0 ? 0 : Number((this.pollMsTotal / this.polls).toFixed(2)) };
  }

  /** Resolves true once nothing is outstanding, false if `timeoutMs` passed first. */
  async drained(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.outstanding.size > 0 && Date.now() < deadline) await sleep(this.everyMs);
    return this.outstanding.size === 0;
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      if (this.outstanding.size > 0) await this.pollOnce();
      await sleep(this.everyMs);
    }
  }

  private async pollOnce(): Promise<void> {
    const ids: string[] = [];
    for (const id of this.outstanding) {
      ids.push(id);
      if (ids.length >= this.maxIdsPerPoll) break;
    }
    const started = nowMs();
    try {
      const found = await this.collection.find({ recordId: { $in: ids } }, { projection: { recordId: 1 } }).toArray();
      const at = nowMs();
      for (const doc of found) {
        this.arrivedAt.set(doc.recordId, at);
        this.outstanding.delete(doc.recordId);
      }
      this.pollMsTotal += at - started;
    } catch {
      // A failed poll only delays arrivals by one tick; the count is reported.
      this.pollErrors += 1;
    }
    this.polls += 1;
  }
}
