// Sends the receipts this authority owes its partners, after each batch of records: sign, produce
// to each source's receipts topic (acks=all), then mark sent. A crash in between sends them again,
// which the source's receipt store absorbs (one document per receipt id). A source whose topic the
// broker refuses (its agreement and ACL are gone) gets its receipts set aside; the others flow on.
import type { Logger, ReceiptOutbox } from '@bex/shared';
import type { RecordPublisher } from '../data-access/record-publisher';
import { judgeProduceFailure } from '../domain/produce-failure';

export class ReceiptSender {
  constructor(
    private readonly receipts: ReceiptOutbox,
    private readonly publisher: RecordPublisher,
    private readonly logger: Logger,
    private readonly batchSize = 500,
  ) {}

  /** Sends one batch of owed receipts; returns how many it took. Retriable failures are thrown. */
  async runOnce(now: Date): Promise<number> {
    const docs = await this.receipts.pending(this.batchSize);
    if (docs.length === 0) return 0;
    const encoded = await Promise.all(docs.map(async (doc) => ({ id: doc._id, out: await this.publisher.encodeReceipt(doc.receipt, now) })));
    let sent = encoded.map((e) => e.id);
    try {
      await this.publisher.send(encoded.map((e) => e.out));
    } catch (err) {
      if (judgeProduceFailure(err).scope === 'batch') throw err;
      const refused = await this.publisher.sendEachTopic(encoded.map((e) => e.out), (e) => judgeProduceFailure(e).scope === 'topic');
      const setAside = encoded.filter((e) => refused.has(e.out.topic)).map((e) => e.id);
      sent = encoded.filter((e) => !refused.has(e.out.topic)).map((e) => e.id);
      await this.receipts.quarantine(setAside, [...refused.keys()].map((t) => `the broker refused ${t}`).join('; '));
      this.logger.error({ receipts: setAside.length, topics: [...refused.keys()] }, 'receipts refused by the broker; set aside');
    }
    await this.receipts.markSent(sent, now);
    this.logger.debug({ receipts: sent.length }, 'receipts sent');
    return docs.length;
  }
}
