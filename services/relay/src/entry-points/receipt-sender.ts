// Sends the receipts this authority owes its partners, after each batch of records: sign, produce
// to each source's receipts topic (acks=all), then mark sent. A crash in between sends them again,
// which the source's receipt store absorbs (one document per receipt id).
//
// Receipts never hold up records: they have a producer of their own (a topic kafkajs cannot
// resolve poisons its producer's metadata for every topic), and a failure is not thrown. A source
// whose topic fails (not created yet, its ACL not yet granted, the broker away) is left alone for a
// while, its receipts stay pending, and the other sources' receipts flow on.
import type { Logger, ReceiptOutbox } from '@bex/shared';
import type { RecordPublisher } from '../data-access/record-publisher';
import { judgeProduceFailure } from '../domain/produce-failure';

/** How long a source whose receipts topic failed is left alone before it is tried again. */
export const RECEIPT_RETRY_MS = 30_000;

export class ReceiptSender {
  /** Source authority → when its receipts may be tried again. */
  private readonly restingUntil = new Map<string, number>();

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
    const docs = await this.receipts.pending(this.batchSize, resting);
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
}

