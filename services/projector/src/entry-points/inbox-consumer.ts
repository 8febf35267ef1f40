// The projector's consumer: one group per authority on its own inbox topics only. Each batch is
// sorted, dead letters are stored and published, the view is written in bulk, and only then are
// the offsets resolved and committed. A crash before the commit replays the batch, which the
// revision guard makes harmless.
import {
  subscribeWhenKnown,
  inboxTopics,
  receiptTopic,
  type ReceiptOutbox,
  type AcknowledgedProducer,
  type Agreement,
  type AuthorityCode,
  type AvroSerde,
  type Logger,
  type TrustStore,
} from '@bex/shared';
import type { Batch, Consumer, Kafka, KafkaMessage } from 'kafkajs';
import type { DeadLetter, DeadLetterStore, MatchStore, ReceiptStore, ViewStore } from '@bex/view';
import { fetchAt } from '../data-access/fetch-at';
import { judgeCatchUp, type CatchUp, type CatchUpWatch } from '../domain/catch-up';
import { deadLetterOf, sortMessages, type SortContext } from './sort-messages';
import { sortReceipts, type ReceiptFacts } from './sort-receipts';
import { DeadLetterIntake } from './dead-letter-intake';
import { ViewIntake } from './view-intake';

/** Receipts both ways: those this authority owes for what its view takes in, and its partners' about its own records. */
export interface ReceiptRoles {
  /** Where DELIVERED and ACTIONED receipts are owed, before the offsets are committed. */
  owed: ReceiptOutbox;
  /** Where believed receipts from partners are kept. */
  received: ReceiptStore;
  /** What this source sent to whom, to judge partners' receipts by. */
  facts: ReceiptFacts;
}

export interface ProjectorOptions {
  self: AuthorityCode;
  kafka: Kafka;
  producer: AcknowledgedProducer;
  serde: AvroSerde;
  trustStore: TrustStore;
  agreements: readonly Agreement[];
  views: ViewStore;
  deadLetters: DeadLetterStore;
  logger: Logger;
  topicPrefix: string;
  onApplied?: (count: number) => void;
  /** Without it no receipts are sent or taken in (the receipts topic is not read). */
  receipts?: ReceiptRoles;
  /** Where seizures and hits that match a live alert are recorded as possible matches; none without it. */
  matches?: MatchStore;
  /** The clock agreements are judged by (tests move it past an agreement's end). */
  now?: () => Date;
  /** How long undecodable or unverifiable bytes stay in dead letters; default 30 days. */
  deadLetterBytesRetentionMs?: number;
}

const THIRTY_DAYS_MS = 30 * 24 * 60 * 60 * 1000;


/** A rebuild gives up after this long without a record taken in (BEX_REBUILD_MAX_SILENCE_S). */
export const DEFAULT_REBUILD_MAX_SILENCE_MS = 120_000;

export interface RebuildOptions {
  /** Gives up after this long without progress, never because the replay is merely long. */
  maxSilenceMs?: number;
  /** How often the group's position is looked at. */
  pollMs?: number;
}

/** How often a member busy with a batch tells the group it is alive (kafkajs' own heartbeat interval is 3 s). */
const HEARTBEAT_WHILE_BUSY_MS = 3000;

/** Partitions sorted and written at once: more than an authority's inbox and receipts topics have by default (5 × 3). */
const PARTITIONS_AT_ONCE = 16;

export class InboxConsumer {
  private consumer: Consumer | undefined;
  private readonly intake: ViewIntake;
  private readonly letters: DeadLetterIntake;

  constructor(private readonly opts: ProjectorOptions) {
    this.letters = new DeadLetterIntake(opts.deadLetters, opts.producer, opts.self, opts.topicPrefix);
    this.intake = new ViewIntake({
      self: opts.self,
      views: opts.views,
      logger: opts.logger,
      ...(opts.receipts === undefined ? {} : { owed: opts.receipts.owed }),
      ...(opts.matches === undefined ? {} : { matches: opts.matches }),
      ...(opts.onApplied === undefined ? {} : { onApplied: opts.onApplied }),
      ...(opts.now === undefined ? {} : { now: opts.now }),
    });
  }

  async start(): Promise<void> {
    const { self, kafka, logger } = this.opts;
    this.consumer = kafka.consumer({ groupId: `${this.opts.topicPrefix}-projector-${self.toLowerCase()}`, allowAutoTopicCreation: false });
    await this.consumer.connect();
    await subscribeWhenKnown(this.consumer, this.topics);
    await this.consumer.run({
      eachBatchAutoResolve: false,
      // Every partition with records in a fetch is sorted at once, and their view writes go to the
      // database together (view-intake.ts): one bulk write per record type instead of one per partition.
      partitionsConsumedConcurrently: PARTITIONS_AT_ONCE,
      eachBatch: async ({ batch, resolveOffset, commitOffsetsIfNecessary, heartbeat, isRunning, isStale }) => {
        if (!isRunning() || isStale() || batch.messages.length === 0) return;
        // The group hears from this member while a batch is in hand, not only between batches: under a
        // partner's flood a batch waited on writes queued from other partitions for longer than the
        // session, the broker took the member out, and the whole fetch was judged again (livelock).
        const beating = setInterval(() => void heartbeat().catch(() => undefined), HEARTBEAT_WHILE_BUSY_MS);
        try {
          await this.takeBatch(batch, resolveOffset, commitOffsetsIfNecessary, heartbeat);
        } finally {
          clearInterval(beating);
        }
      },
    });
  }

  /** One partition's batch: sorted, written (view, dead letters, receipts), then its offset committed. */
  private async takeBatch(batch: Batch, resolveOffset: (offset: string) => void, commitOffsetsIfNecessary: () => Promise<void>, heartbeat: () => Promise<void>): Promise<void> {
    const { logger } = this.opts;
    if (batch.topic === this.receiptsTopic) {
      await this.takeReceipts(batch.topic, batch.partition, batch.messages);
      resolveOffset(batch.messages[batch.messages.length - 1]!.offset);
      await commitOffsetsIfNecessary();
      await heartbeat();
      return;
    }
    const ctx = this.sortContext();
    const sorted = await sortMessages(batch.topic, batch.partition, batch.messages, ctx);
    logger.debug({ topic: batch.topic, partition: batch.partition, lastOffset: batch.lastOffset() }, 'writing view');
    // Side by side: the honest records of a batch do not wait for its refusals to be stored.
    const [refused] = await Promise.all([this.intake.take(sorted.views), this.letters.take(sorted.deadLetters)]);
    // Documents the database would not store are dead letters like any other refusal; the rest of the batch is in.
    const unwritten = refused.flatMap(({ doc, error }) => {
      const message = sorted.origins.get(doc);
      return message === undefined ? [] : [deadLetterOf(batch.topic, batch.partition, message, 'view-write-refused', error, ctx)];
    });
    await this.letters.take(unwritten);
    sorted.deadLetters.push(...unwritten);
    // The window a crash replays from: the view holds the batch, the group's offset does not yet.
    logger.debug({ topic: batch.topic, partition: batch.partition, lastOffset: batch.lastOffset() }, 'view written; committing offset');
    resolveOffset(batch.messages[batch.messages.length - 1]!.offset);
    await commitOffsetsIfNecessary();
    await heartbeat();
    if (sorted.deadLetters.length > 0) {
      logger.warn({ topic: batch.topic, reasons: countByReason(sorted.deadLetters) }, 'records sent to dead letters');
    }
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    this.consumer = undefined;
  }

  private get receiptsTopic(): string | undefined {
    return this.opts.receipts === undefined ? undefined : receiptTopic(this.opts.self, this.opts.topicPrefix);
  }

  /** Partners' receipts about this authority's records: believed ones kept, the rest dead-lettered. */
  private async takeReceipts(topic: string, partition: number, messages: KafkaMessage[]): Promise<void> {
    const roles = this.opts.receipts!;
    const ctx = this.sortContext();
    const sorted = await sortReceipts(messages, ctx, roles.facts);
    await Promise.all([roles.received.save(sorted.receipts, ctx.now), this.letters.take(sorted.refused.map((r) => deadLetterOf(topic, partition, r.message, r.reason, r.detail, ctx)))]);
    if (sorted.refused.length > 0) this.opts.logger.warn({ topic, reasons: countByReason(sorted.refused) }, 'receipts sent to dead letters');
  }

  private sortContext(): SortContext {
    return {
      self: this.opts.self,
      serde: this.opts.serde,
      trustStore: this.opts.trustStore,
      agreements: this.opts.agreements,
      now: (this.opts.now ?? (() => new Date()))(),
      heldKeys: (type, keys) => this.opts.views.heldKeys(type, keys),
      deadLetterBytesRetentionMs: this.opts.deadLetterBytesRetentionMs ?? THIRTY_DAYS_MS,
    };
  }

  /**
   * Re-drives dead letters once their cause is fixed (a key added to the trust store, an agreement
   * changed; both are read at start): each record is read again from the inbox at its position and
   * judged as the projector would judge it now. Admitted records enter the view and leave the dead
   * letters; the others stay, with the reason they are refused now. Stop the consumer first.
   */
  async redrive(ids: readonly string[]): Promise<{ admitted: string[]; refused: Array<{ id: string; reason: string }>; notFound: string[] }> {
    if (this.consumer) throw new Error('stop the projector before re-driving dead letters');
    const letters = await this.opts.deadLetters.byIds(ids);
    const notFound = ids.filter((id) => !letters.some((l) => l._id === id));
    const messages = await fetchAt(this.opts.kafka, this.groupId, letters);
    const admitted: string[] = [];
    const refused: Array<{ id: string; reason: string }> = [];
    for (const letter of letters) {
      const message = messages.get(letter._id)!;
      const again = letter.topic === this.receiptsTopic ? await this.redriveReceipt(letter, message) : await this.redriveRecord(letter, message);
      if (again) {
        await this.opts.deadLetters.replace([again]);
        refused.push({ id: letter._id, reason: again.reason });
      } else {
        await this.opts.deadLetters.remove([letter._id]);
        admitted.push(letter._id);
      }
    }
    this.opts.logger.info({ admitted: admitted.length, refused: refused.length, notFound: notFound.length }, 'dead letters re-driven');
    return { admitted, refused, notFound };
  }

  private async redriveRecord(letter: DeadLetter, message: KafkaMessage): Promise<DeadLetter | undefined> {
    const ctx = this.sortContext();
    const sorted = await sortMessages(letter.topic, letter.partition, [message], ctx);
    for (const [type, docs] of sorted.views) {
      const [refused] = (await this.opts.views.apply(type, docs)).refused;
      if (refused !== undefined) return deadLetterOf(letter.topic, letter.partition, message, 'view-write-refused', refused.error, ctx);
    }
    return sorted.deadLetters[0];
  }

  /** A receipt judged again (the source's outbox or the agreement may have changed since). */
  private async redriveReceipt(letter: DeadLetter, message: KafkaMessage): Promise<DeadLetter | undefined> {
    const roles = this.opts.receipts!;
    const ctx = this.sortContext();
    const sorted = await sortReceipts([message], ctx, roles.facts);
    await roles.received.save(sorted.receipts, ctx.now);
    const refused = sorted.refused[0];
    return refused === undefined ? undefined : deadLetterOf(letter.topic, letter.partition, message, refused.reason, refused.detail, ctx);
  }

  get groupId(): string {
    return `${this.opts.topicPrefix}-projector-${this.opts.self.toLowerCase()}`;
  }

  /** The inbox topics, and the receipts topic when this projector takes receipts in. */
  get topics(): string[] {
    const receipts = this.receiptsTopic;
    return [...inboxTopics(this.opts.self, this.opts.topicPrefix), ...(receipts === undefined ? [] : [receipts])];
  }

  /** How many records of the inbox the view has not yet taken in (sum over partitions). */
  async lag(): Promise<number> {
    return (await this.catchUp()).lag;
  }

  /** Where the group stands: records left, and records taken in since the start of the retained log. */
  async catchUp(): Promise<CatchUp> {
    const admin = this.opts.kafka.admin();
    await admin.connect();
    try {
      let lag = 0;
      let taken = 0;
      const committed = await admin.fetchOffsets({ groupId: this.groupId, topics: this.topics });
      for (const topic of this.topics) {
        const high = await admin.fetchTopicOffsets(topic);
        const done = committed.find((c) => c.topic === topic)?.partitions ?? [];
        for (const p of high) {
          const at = Math.max(Number(done.find((d) => d.partition === p.partition)?.offset ?? '-1'), Number(p.low));
          lag += Number(p.high) - at;
          taken += at - Number(p.low);
        }
      }
      return { lag, taken };
    } finally {
      await admin.disconnect();
    }
  }

  /**
   * Empties the view and replays the inbox from the beginning. The consumer must be stopped first:
   * Kafka only deletes a group with no active member. Waits as long as the replay moves, and
   * gives up only after `maxSilenceMs` without a record taken in.
   */
  async rebuild(opts: RebuildOptions = {}): Promise<void> {
    if (this.consumer) throw new Error('stop the projector before rebuilding its view');
    await this.opts.views.drop();
    const admin = this.opts.kafka.admin();
    await admin.connect();
    try {
      // Deleting the group forgets its offsets in one request; the next start reads from the
      // beginning (fromBeginning). kafkajs' resetOffsets joins the group per topic: 5 s each.
      await admin.deleteGroups([this.groupId]);
    } finally {
      await admin.disconnect();
    }
    await this.opts.views.init();
    await this.start();
    const maxSilenceMs = opts.maxSilenceMs ?? DEFAULT_REBUILD_MAX_SILENCE_MS;
    let watch: CatchUpWatch | undefined;
    for (;;) {
      const seen = await this.catchUp();
      const judged = judgeCatchUp(watch, seen, Date.now(), maxSilenceMs);
      if (judged.verdict === 'caught-up') return;
      if (judged.verdict === 'stalled') {
        throw new Error(`rebuild stalled: no record taken in for ${Math.round(maxSilenceMs / 1000)} s, ${seen.lag} left (${seen.taken} taken in)`);
      }
      if (judged.watch !== watch) this.opts.logger.debug({ left: seen.lag, takenIn: seen.taken }, 'rebuild replaying');
      watch = judged.watch;
      await new Promise((r) => setTimeout(r, opts.pollMs ?? 200));
    }
  }
}

/** How many of each reason: a flood of refusals is one short log line per batch, not a list as long as the batch. */
function countByReason(refusals: ReadonlyArray<{ reason: string }>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { reason } of refusals) counts[reason] = (counts[reason] ?? 0) + 1;
  return counts;
}
