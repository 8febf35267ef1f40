// Direct access to an exchange's inbox topics, for tests that play a misbehaving or replaying
// partner: read every raw message of a topic, and produce raw messages into one. They act as the
// stack's admin principal: they test the receiving authority, not the broker's ACLs.
import type { IHeaders, Kafka, KafkaMessage } from 'kafkajs';
import { kafkaAs } from './kafka-access';
import { uniqueName } from './unique-name';

export interface RawMessage {
  key: Buffer | null;
  value: Buffer | null;
  headers: IHeaders;
  /** Where a partner's producer puts it; by default its key decides. */
  partition?: number;
}

const kafka = (): Kafka => kafkaAs();

export async function produceRaw(topic: string, messages: RawMessage[]): Promise<void> {
  const producer = kafka().producer({ allowAutoTopicCreation: false });
  await producer.connect();
  try {
    await producer.send({ topic, acks: -1, messages: messages.map((m) => ({ key: m.key, value: m.value, headers: m.headers, ...(m.partition === undefined ? {} : { partition: m.partition }) })) });
  } finally {
    await producer.disconnect();
  }
}

/** Every message of some topics, read by one fresh consumer group from the beginning to the end. */
export async function readAll(topics: string[]): Promise<Array<KafkaMessage & { topic: string }>> {
  const client = kafka();
  const admin = client.admin();
  await admin.connect();
  let total = 0;
  for (const topic of topics) total += (await admin.fetchTopicOffsets(topic)).reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
  await admin.disconnect();
  if (total === 0) return [];
  const consumer = client.consumer({ groupId: uniqueName('bex-test-reader') });
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  const seen: Array<KafkaMessage & { topic: string }> = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`read ${seen.length} of ${total} messages of ${topics.join(', ')}`)), 30_000);
    consumer
      .run({
        eachMessage: async ({ topic, message }) => {
          seen.push({ ...message, topic });
          if (seen.length >= total) {
            clearTimeout(timer);
            resolve();
          }
        },
      })
      .catch(reject);
  });
  await consumer.disconnect();
  return seen;
}
