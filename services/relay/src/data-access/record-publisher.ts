// Turns planned deliveries into signed, Confluent-framed Kafka messages and produces them in one
// batch with acks=all on the idempotent producer. The Kafka key is source:recordId, so every
// revision of a record lands in one partition, in order, and no partner's key collides with it.
import type { KeyObject } from 'node:crypto';
import { avroType } from '@bex/schemas';
import {
  AvroSerde,
  inboxTopic,
  recordKey,
  signRecord,
  type AuthorityCode,
  type RecordTypeName,
  type Writer,
} from '@bex/shared';
import type { Message, Producer, TopicMessages } from 'kafkajs';
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
  private readonly writers = new Map<RecordTypeName, Promise<Writer<unknown>>>();

  constructor(
    private readonly producer: Producer,
    private readonly serde: AvroSerde,
    private readonly self: AuthorityCode,
    private readonly key: SigningKey,
    private readonly topicPrefix = 'bex',
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

  /** Produces every message in one acks=all batch. */
  async send(messages: OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const byTopic = new Map<string, TopicMessages>();
    for (const { topic, message } of messages) {
      const batch = byTopic.get(topic) ?? { topic, messages: [] };
      batch.messages.push(message);
      byTopic.set(topic, batch);
    }
    await this.producer.sendBatch({ topicMessages: [...byTopic.values()], acks: -1 });
  }

  private writer(type: RecordTypeName): Promise<Writer<unknown>> {
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
