// The relay's loop: take the oldest pending outbox documents, plan each record's deliveries,
// produce them in one batch, and mark the documents sent only after the broker acknowledged.
// A crash between produce and mark re-sends the batch; the projector's revision guard makes a
// re-send harmless. Batches run one after another, so revisions of a record leave in order.
import { avroType } from '@bex/schemas';
import { Heartbeat, type Agreement, type AuthorityCode, type Logger, type OutboxDoc, type OutboxStore, type RecipientLedger } from '@bex/shared';
import { backoffMs } from '../domain/backoff';
import { planDeliveries } from '../domain/plan-deliveries';
import { judgeProduceFailure } from '../domain/produce-failure';
import { sizeChunks } from '../domain/size-chunks';
import { PendingReader } from '../data-access/pending-reader';
import type { OutgoingMessage, RecordPublisher } from '../data-access/record-publisher';
import type { ReceiptSender } from './receipt-sender';

export interface RelayOptions {
  self: AuthorityCode;
  partners: readonly AuthorityCode[];
  agreements: readonly Agreement[];
  outbox: OutboxStore;
  ledger: RecipientLedger;
  publisher: RecordPublisher;
  logger: Logger;
  batchSize?: number;
  /** How long an idle relay waits before it looks again (POLL_MS by default); a nudge ends the wait early. */
  idleMs?: number;
  now?: () => Date;
  /** Sends only while this is held (one relay per authority); without it the loop always sends. */
  lease?: { acquire(now?: Date): Promise<{ held: boolean }>; release(): Promise<void> };
  /** The most bytes one produce request may carry per topic (the broker's message.max.bytes, less headroom). */
  maxMessageBytes?: number;
  /** Sends the receipts this authority owes its partners after each batch of records. */
  receipts?: ReceiptSender;
}

/** One outbox document as the messages it becomes, one per recipient. */
interface EncodedDocument {
  id: string;
  recordId: string;
  revision: number;
  messages: OutgoingMessage[];
}

/** An idle relay's poll when nothing nudges it (the api runs in another process). */
export const POLL_MS = 200;
/** Its fallback poll beside an api in the same process, which nudges it on every append. */
export const NUDGED_POLL_MS = 1_000;

/** Kafka's default message.max.bytes is 1,048,588; the rest is room for batch and record overhead. */
export const DEFAULT_MAX_MESSAGE_BYTES = 1_000_000;

/** What a document's messages add to a produce request, per topic: key, value and headers. */
function bytesByTopic(messages: readonly OutgoingMessage[]): Map<string, number> {
  const bytes = new Map<string, number>();
  for (const { topic, message } of messages) {
    let size = (message.value?.length ?? 0) + Buffer.byteLength(String(message.key ?? ''));
    for (const [name, value] of Object.entries(message.headers ?? {})) size += name.length + Buffer.byteLength(String(value));
    bytes.set(topic, (bytes.get(topic) ?? 0) + size);
  }
  return bytes;
}

export class RelayLoop {
  private stopping = false;
  private running: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  /** Ends an idle pause early (set only while idle and holding the lease). */
  private wakeIdle: (() => void) | undefined;
  /** Something was appended since this turn began reading the outbox. */
  private nudged = false;
  private failures = 0;
  private pending: PendingReader<OutboxDoc> | undefined;
  private looping = false;
  /** Beats at every turn of the loop, idle or failing ones too: a stuck produce or mark stops it. */
  readonly heartbeat = new Heartbeat();

  constructor(private readonly opts: RelayOptions) {}

  /** Starts the loop, or starts it again after stop() has finished. */
  start(): void {
    if (this.running && !this.stopping) return;
    this.stopping = false;
    this.looping = true;
    this.heartbeat.beat();
    this.running = this.loop();
  }

  /** True while the loop runs: false before start(), once stop() is called, and if the loop ended on its own. */
  isRunning(): boolean {
    return this.looping && !this.stopping;
  }

  /**
   * The outbox has something new (the api in this process just appended it): an idle relay that
   * holds the lease looks at once instead of at its next poll. A backoff after a failure is kept,
   * and a relay in another process, which nobody nudges, still polls every `idleMs`.
   */
  nudge(): void {
    this.nudged = true;
    this.wakeIdle?.();
  }

  /** Finishes the batch in flight, then stops. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.running;
  }

  /** Handles one batch of records, then one of receipts; returns how many documents it sent. Exposed for tests. */
  async runOnce(): Promise<number> {
    const now = (this.opts.now ?? (() => new Date()))();
    const records = await this.sendRecords(now);
    return records + ((await this.opts.receipts?.runOnce(now)) ?? 0);
  }

  private async sendRecords(now: Date): Promise<number> {
    const { outbox, publisher, logger, self, partners, agreements } = this.opts;
    this.pending ??= PendingReader.ofOutbox(outbox, this.opts.batchSize ?? 500);
    const docs = await this.pending.next();
    if (docs.length === 0) return 0;
    const batch: EncodedDocument[] = [];
    const holders = await this.opts.ledger.holdersOf(docs.map((d) => d.recordId));
    const newHolders = new Map<string, Map<AuthorityCode, number>>();
    for (const doc of docs) {
      const heldBy = holders.get(doc.recordId) ?? new Set<AuthorityCode>();
      const plan = planDeliveries(doc.record, { self, partners, agreements, at: now, heldBy, schema: avroType(doc.record.meta.recordType) });
      for (const w of plan.withheld) {
        logger.debug({ recordId: doc.recordId, revision: doc.revision, recipient: w.recipient, reason: w.reason }, 'not shared');
      }
      for (const d of plan.deliveries.filter((x) => x.retraction !== undefined)) {
        logger.info({ recordId: doc.recordId, revision: doc.revision, recipient: d.recipient, retraction: d.retraction }, 'retraction sent to a partner that held the record');
      }
      try {
        batch.push({ id: doc._id, recordId: doc.recordId, revision: doc.revision, messages: await publisher.encode(plan.deliveries, now) });
      } catch (err) {
        // A registry outage is everyone's problem: retry the batch. A record that cannot be encoded
        // is its own: set it aside so it never blocks the records behind it.
        if ((err as { retriable?: boolean }).retriable) throw err;
        await outbox.quarantine(doc._id, (err as Error).message);
        logger.error({ recordId: doc.recordId, revision: doc.revision, err: (err as Error).message }, 'outbox document cannot be encoded; quarantined');
        continue;
      }
      // A later revision in this batch must see who this one made a holder.
      if (plan.nowHolding.length > 0) {
        holders.set(doc.recordId, new Set([...heldBy, ...plan.nowHolding]));
        const since = newHolders.get(doc.recordId) ?? new Map<AuthorityCode, number>();
        for (const r of plan.nowHolding) since.set(r, Math.min(since.get(r) ?? doc.revision, doc.revision));
        newHolders.set(doc.recordId, since);
      }
    }
    await this.opts.ledger.remember(newHolders);
    await this.deliver(batch);
    return docs.length;
  }

  /**
   * Produces the batch in as few requests as the broker's size limit allows (size-chunks.ts says
   * why the limit is kept, not recovered from), in outbox order so revisions still leave in order.
   * A document too large for the broker on its own is quarantined: it never stalls the rest, and
   * neither does one with a delivery to a topic the broker refuses (setAsideRefused).
   */
  private async deliver(batch: EncodedDocument[]): Promise<void> {
    const { outbox, publisher, logger } = this.opts;
    const sized = batch.map((b) => ({ ...b, bytesByTopic: bytesByTopic(b.messages) }));
    const { chunks, oversized } = sizeChunks(sized, this.opts.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES);
    for (const item of oversized) {
      const bytes = Math.max(...item.bytesByTopic.values());
      await outbox.quarantine(item.id, `too large for the broker: ${bytes} bytes, the limit is ${this.opts.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES}`);
      logger.error({ recordId: item.recordId, revision: item.revision, bytes }, 'outbox document too large for the broker; quarantined');
    }
    for (const [i, chunk] of chunks.entries()) {
      let ids = chunk.map((c) => c.id);
      try {
        logger.debug({ documents: ids.length }, 'producing');
        await publisher.send(chunk.flatMap((c) => c.messages));
      } catch (err) {
        try {
          if (judgeProduceFailure(err).scope === 'batch') throw err;
          ids = await this.setAsideRefused(chunk);
        } catch (failure) {
          await outbox.markFailed(chunks.slice(i).flat().map((c) => c.id), (failure as Error).message);
          throw failure;
        }
      }
      // The window a crash re-sends from: acknowledged by the broker, not yet marked sent.
      logger.debug({ documents: ids.length }, 'produced; marking sent');
      await outbox.markSent(ids, new Date());
      logger.info({ documents: ids.length, messages: chunk.reduce((n, c) => n + c.messages.length, 0) }, 'relayed');
    }
  }

  /**
   * The broker refused some topic of this chunk for good (its ACL is gone): every other topic is
   * produced, and each document with a delivery to a refused topic is set aside with the topic and
   * the broker's answer, to be released once the cause is fixed (a release re-sends all of its
   * deliveries; views ignore the copies they already hold). Returns the documents fully sent.
   */
  private async setAsideRefused(chunk: readonly EncodedDocument[]): Promise<string[]> {
    const { outbox, publisher, logger } = this.opts;
    const errors = await publisher.sendEachTopic(chunk.flatMap((c) => c.messages), (err) => judgeProduceFailure(err).scope === 'topic');
    const refused = new Map<string, string>();
    for (const [topic, err] of errors) {
      const failure = judgeProduceFailure(err);
      if (failure.scope === 'topic') refused.set(topic, failure.reason);
    }
    const sent: string[] = [];
    for (const doc of chunk) {
      const topics = [...new Set(doc.messages.map((m) => m.topic))].filter((t) => refused.has(t));
      if (topics.length === 0) {
        sent.push(doc.id);
        continue;
      }
      const reason = topics.map((t) => `the broker refused ${t}: ${refused.get(t)}`).join('; ');
      await outbox.quarantine(doc.id, `${reason} (its other deliveries were sent)`);
      logger.error({ recordId: doc.recordId, revision: doc.revision, topics, reason }, 'delivery refused by the broker; outbox document set aside');
    }
    return sent;
  }

  private async loop(): Promise<void> {
    try {
      await this.batches();
    } finally {
      this.looping = false;
      await this.opts.lease?.release().catch((err: unknown) => this.opts.logger.warn({ err: (err as Error).message }, 'relay lease not released; it expires on its own'));
    }
  }

  private async batches(): Promise<void> {
    // Undefined until the first answer, so a relay that starts as the standby says so too.
    let leading: boolean | undefined;
    while (!this.stopping) {
      this.heartbeat.beat();
      let sent = 0;
      this.nudged = false;
      try {
        const held = this.opts.lease === undefined || (await this.opts.lease.acquire()).held;
        if (held !== leading) this.opts.logger.info({ holdsLease: held }, held ? 'relay holds the lease: sending' : 'another relay holds the lease: standing by');
        leading = held;
        sent = held ? await this.runOnce() : 0;
        this.failures = 0;
      } catch (err) {
        this.failures += 1;
        const retryable = (err as { retriable?: boolean }).retriable !== false;
        this.opts.logger.warn(
          { err: (err as Error).message, failures: this.failures, retryInMs: backoffMs(this.failures), retryable },
          'relay batch failed; outbox documents stay pending',
        );
      }
      if (this.failures > 0) await this.pause(backoffMs(this.failures), false);
      // Nothing found, and nothing appended since the outbox was read: wait for a nudge or the next poll.
      else if (sent === 0 && !(leading && this.nudged)) await this.pause(this.opts.idleMs ?? POLL_MS, leading === true);
    }
  }

  private pause(ms: number, nudgeable: boolean): Promise<void> {
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        this.wakeIdle = undefined;
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.wake = wake;
      if (nudgeable) this.wakeIdle = wake;
    });
  }
}
