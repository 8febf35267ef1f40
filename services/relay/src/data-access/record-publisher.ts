// Turns planned deliveries into signed, Confluent-framed Kafka messages and produces them in one
// batch with acks=all on the idempotent producer, resolved only once every partition was
// acknowledged (AcknowledgedProducer). The Kafka key is source:recordId, so every
// revision of a record lands in one partition, in order, and no partner's key collides with it.
import type { KeyObject } from 'node:crypto';
import { avroType, type ContractName } from '@bex/schemas';
import {
  AcknowledgedProducer,
  AvroSerde,
  byTopic,
  inboxTopic,
  RECEIPT_DOMAIN_TAG,
  receiptTopic,
  recordKey,
  signRecord,
  type AuthorityCode,
  type Receipt,
  type Writer,
} from '@bex/shared';
import type { Message } from 'kafkajs';
import type { Delivery } from '../domain/plan-deliveries';

export interface OutgoingMessage {
  topic: string;
  message: Message;
}

export interface SigningKey {
  keyId: string;
  privateKey: KeyObject;
}

export class RecordPublisher {
  private readonly writers = new Map<ContractName, Promise<Writer<unknown>>>();

  /**
   * `newProducer`, when given, makes this publisher the owner of its producer: it replaces it
   * after a topic refusal (see sendEachTopic) and disconnects it in disconnect(). Without it the
   * producer is the caller's.
   */
  constructor(
    private producer: AcknowledgedProducer,
    private readonly serde: AvroSerde,
    private readonly self: AuthorityCode,
    private readonly key: SigningKey,
    private readonly topicPrefix = 'bex',
    private readonly newProducer?: () => AcknowledgedProducer,
  ) {}

  /** One signed, framed Kafka message per delivery; throws if a record cannot be encoded. */
  async encode(deliveries: Delivery[], at: Date): Promise<OutgoingMessage[]> {
    const out: OutgoingMessage[] = [];
    for (const delivery of deliveries) {
      const { meta } = delivery.record;
      const writer = await this.writer(meta.recordType);
      const value = writer.encode(delivery.record);
      const { headers } = signRecord(
        { source: this.self, recipient: delivery.recipient, recordId: meta.recordId, revision: meta.revision, value, signedAt: at },
        this.key.privateKey,
        this.key.keyId,
      );
      out.push({ topic: inboxTopic(delivery.recipient, meta.recordType, this.topicPrefix), message: { key: recordKey(meta.source, meta.recordId), value, headers: { ...headers } } });
    }
    return out;
  }

  /**
   * A receipt for its record's source, signed as a receipt (never valid as a record), keyed like
   * the record so that the receipts of one record stay in order.
   */
  async encodeReceipt(receipt: Receipt, at: Date): Promise<OutgoingMessage> {
    const value = (await this.writer('Receipt')).encode(receipt);
    const { headers } = signRecord(
      { source: this.self, recipient: receipt.recordSource, recordId: receipt.recordId, revision: receipt.revision, value, signedAt: at, domain: RECEIPT_DOMAIN_TAG },
      this.key.privateKey,
      this.key.keyId,
    );
    return { topic: receiptTopic(receipt.recordSource, this.topicPrefix), message: { key: recordKey(receipt.recordSource, receipt.recordId), value, headers: { ...headers } } };
  }

  /** Produces every message in one acks=all batch. */
  async send(messages: OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await this.producer.sendBatch({ topicMessages: [...byTopic(messages).values()], acks: -1 });
  }

  /**
   * Produces topic by topic, after a batch some topic of which the broker refused: every topic it
   * accepts gets its messages, and the refusal of each other topic is returned. A failure that is
   * not `ownProblem` (the broker went away) is thrown at once, like send() would.
   *
   * The producer is replaced first: kafkajs keeps every topic it once wrote to in the metadata it
   * refreshes, and a refused topic in there makes every later refresh fail, for all topics alike.
   */
  async sendEachTopic(messages: OutgoingMessage[], ownProblem: (err: unknown) => boolean): Promise<Map<string, unknown>> {
    await this.renew();
    const refused = new Map<string, unknown>();
    for (const [topic, batch] of byTopic(messages)) {
      try {
        await this.producer.sendBatch({ topicMessages: [batch], acks: -1 });
      } catch (err) {
        if (!ownProblem(err)) throw err;
        refused.set(topic, err);
      }
    }
    return refused;
  }

  async connect(): Promise<void> {
    await this.producer.connect();
  }

  /** Disconnects the producer if this publisher owns it. */
  async disconnect(): Promise<void> {
    if (this.newProducer !== undefined) await this.producer.disconnect();
  }

  private async renew(): Promise<void> {
    if (this.newProducer === undefined) return;
    const fresh = this.newProducer();
    await fresh.connect();
    const old = this.producer;
    this.producer = fresh;
    await old.disconnect().catch(() => undefined);
  }

  private writer(type: ContractName): Promise<Writer<unknown>> {
    let pending = this.writers.get(type);
    if (!pending) {
      pending = this.serde.writer(avroType(type));
      // The registry may be down at first use: forget the failure so the next batch asks again.
      pending.catch(() => this.writers.delete(type));
      this.writers.set(type, pending);
    }
    return pending;
  }
}
