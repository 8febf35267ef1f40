// Sends the receipts this authority owes its partners, after each batch of records: sign, produce
// to each source's receipts topic (acks=all), then mark sent. A crash in between sends them again,
// which the source's receipt store absorbs (one document per receipt id).
//
// Receipts never hold up records: they have a producer of their own (a topic kafkajs cannot
// resolve poisons its producer's metadata for every topic), and a failure is not thrown. A source
// whose topic fails (not created yet, its ACL not yet granted, the broker away) is left alone for a
// while, its receipts stay pending, and the other sources' receipts flow on. While one rests, the
// others' receipts are read source by source, so the resting one's pile is never read: on
// SecantusDB a read costs every document its filter matches, and the relay reads receipts at every
// turn, idle ones too.
import { AUTHORITIES, type Logger, type ReceiptOutbox, type ReceiptOutboxDoc } from '@bex/shared';
import { PendingReader } from '../data-access/pending-reader';
import type { RecordPublisher } from '../data-access/record-publisher';
import { judgeProduceFailure } from '../domain/produce-failure';

/** How long a source whose receipts topic failed is left alone before it is tried again. */
export const RECEIPT_RETRY_MS = 30_000;

export class ReceiptSender {
  /** Source authority → when its receipts may be tried again. */
  private readonly restingUntil = new Map<string, number>();
  /** Bounded readers (pending-reader.ts): of every source's receipts at once, and of each source's alone. */
  private readonly readers = new Map<string, PendingReader<ReceiptOutboxDoc>>();

  constructor(
    private readonly receipts: ReceiptOutbox,
    private readonly publisher: RecordPublisher,
    private readonly logger: Logger,
    private readonly batchSize = 500,
    private readonly retryMs = RECEIPT_RETRY_MS,
  ) {}

  /** Sends one batch of owed receipts; returns how many were sent. Never throws. */
  async runOnce(now: Date): Promise<number> {
    try {
      return await this.sendBatch(now);
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'receipts not sent this turn; they stay owed');
      return 0;
    }
  }

  private async sendBatch(now: Date): Promise<number> {
    const resting = [...this.restingUntil].filter(([, until]) => until > now.getTime()).map(([source]) => source);
    const docs = await this.owed(resting);
    if (docs.length === 0) return 0;
    const encoded = await Promise.all(docs.map(async (doc) => ({ id: doc._id, source: doc.receipt.recordSource, out: await this.publisher.encodeReceipt(doc.receipt, now) })));
    let failed = new Map<string, unknown>();
    try {
      await this.publisher.send(encoded.map((e) => e.out));
    } catch (err) {
      // Topic by topic, to find the sources at fault; the others' receipts are sent now.
      failed = await this.publisher.sendEachTopic(encoded.map((e) => e.out), () => true);
      if (failed.size === 0) this.logger.debug({ err: (err as Error).message }, 'receipts sent topic by topic after a failed batch');
    }
    const failedTopics = new Set(failed.keys());
    for (const e of encoded.filter((x) => failedTopics.has(x.out.topic))) this.restingUntil.set(e.source, now.getTime() + this.retryMs);
    for (const [topic, err] of failed) {
      const failure = judgeProduceFailure(err);
      this.logger.warn({ topic, reason: failure.scope === 'topic' ? failure.reason : (err as Error).message, retryInMs: this.retryMs }, 'receipts to this source not sent; they stay owed');
    }
    const sent = encoded.filter((e) => !failedTopics.has(e.out.topic)).map((e) => e.id);
    await this.receipts.markSent(sent, now);
    if (sent.length > 0) this.logger.debug({ receipts: sent.length }, 'receipts sent');
    return sent.length;
  }

  /** The oldest owed receipts: of all sources in one read while none rests, else of each other source. */
  private async owed(resting: readonly string[]): Promise<ReceiptOutboxDoc[]> {
    if (resting.length === 0) return this.reader(undefined).next();
    const docs: ReceiptOutboxDoc[] = [];
    for (const source of AUTHORITIES.filter((a) => !resting.includes(a))) docs.push(...(await this.reader(source).next()));
    return docs;
  }

  private reader(source: string | undefined): PendingReader<ReceiptOutboxDoc> {
    const key = source ?? '*';
    let reader = this.readers.get(key);
    if (reader === undefined) {
      reader = new PendingReader((limit, createdAtUpTo) => this.receipts.pending(limit, { ...(source === undefined ? {} : { source }), ...(createdAtUpTo === undefined ? {} : { createdAtUpTo }) }), this.batchSize);
      this.readers.set(key, reader);
    }
    return reader;
  }
}

