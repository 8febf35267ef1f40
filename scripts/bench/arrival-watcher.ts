// Notes when records appear in a view. It follows the view's change stream: the database tells it
// about each write, so the watcher adds no queries to the database it measures. (Polling for the
// outstanding ids every 20 ms did: up to 1,000 index lookups a poll once the exchange fell behind,
// on the same single database, which made falling behind worse.) If the stream fails, it polls:
// one query per tick for the outstanding ids, capped, projecting only `recordId`; an arrival time is
// then when the poll that saw it returned, late by at most one tick plus the query time.
import type { ViewDocument } from '@bex/view';
import type { Collection } from 'mongodb';
import { sleep } from './stats';

/** Epoch milliseconds with sub-millisecond resolution, comparable with Date fields in the outbox. */
export const nowMs = (): number => performance.timeOrigin + performance.now();

export interface WatcherStats {
  /** How arrivals were seen: the view's change stream, or polling after the stream failed. */
  followedBy: 'change-stream' | 'polling';
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
  private followedBy: WatcherStats['followedBy'] = 'change-stream';
  /** Records the stream showed before anyone expected them (a 202 can arrive after the view write). */
  private readonly seenEarly = new Map<string, number>();

  constructor(
    private readonly collection: Collection<ViewDocument>,
    private readonly everyMs = 20,
    private readonly maxIdsPerPoll = 1000,
  ) {}

  expect(id: string): void {
    const early = this.seenEarly.get(id);
    if (early !== undefined) {
      this.seenEarly.delete(id);
      if (!this.arrivedAt.has(id)) this.arrivedAt.set(id, early);
      return;
    }
    if (!this.arrivedAt.has(id)) this.outstanding.add(id);
  }

  get pending(): number {
    return this.outstanding.size;
  }

  /** Starts following; await ready() before the writes to be timed. */
  start(): void {
    this.running ??= this.loop();
  }

  async stop(): Promise<WatcherStats> {
    this.stopping = true;
    await this.running;
    return { followedBy: this.followedBy, polls: this.polls, pollErrors: this.pollErrors, meanPollMs: this.polls === 0 ? 0 : Number((this.pollMsTotal / this.polls).toFixed(2)) };
  }

  /** Resolves true once nothing is outstanding, false if `timeoutMs` passed first. */
  async drained(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.outstanding.size > 0 && Date.now() < deadline) await sleep(this.everyMs);
    return this.outstanding.size === 0;
  }

  private async loop(): Promise<void> {
    try {
      await this.follow();
      if (this.stopping) return;
    } catch {
      // The stream failed: poll from here on (WatcherStats says so).
    }
    this.followedBy = 'polling';
    while (!this.stopping) {
      if (this.outstanding.size > 0) await this.pollOnce();
      await sleep(this.everyMs);
    }
  }

  /** Resolves once the watcher sees every later write (the change stream is open). */
  ready(): Promise<void> {
    return this.opened;
  }

  private opened: Promise<void> = Promise.resolve();

  /** Returns when stopped; throws if the stream fails. View keys are source:recordId. */
  private async follow(): Promise<void> {
    const stream = this.collection.watch([{ $match: { operationType: { $in: ['insert', 'replace', 'update'] } } }, { $project: { documentKey: 1 } }]);
    let ended = false;
    const failed = new Promise<never>((_, reject) => stream.on('error', reject));
    failed.catch(() => undefined);
    this.opened = Promise.race([new Promise<void>((resolve) => stream.once('init', () => resolve())), failed, sleep(10_000)]).then(() => undefined, () => undefined);
    stream.on('change', (change: { documentKey?: { _id?: unknown } }) => {
      const at = nowMs();
      const key = String(change.documentKey?._id ?? '');
      const id = key.slice(key.indexOf(':') + 1);
      if (this.outstanding.delete(id)) this.arrivedAt.set(id, at);
      else if (!this.arrivedAt.has(id) && this.seenEarly.size < 100_000) this.seenEarly.set(id, at);
    });
    try {
      await Promise.race([failed, (async () => {
        while (!this.stopping && !ended) await sleep(this.everyMs);
      })()]);
    } finally {
      ended = true;
      await stream.close().catch(() => undefined);
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
