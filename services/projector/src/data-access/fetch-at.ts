// Reads the messages at given positions of the inbox again, for a re-drive: the inbox keeps every
// record (infinite retention), so a dead letter needs to keep only where its record is. It joins
// the projector's own group (the only one its principal may use), so the projector must be stopped
// first, and it never commits: the group's offsets stay where the projector left them.
import type { Kafka, KafkaMessage } from 'kafkajs';

export interface Position {
  topic: string;
  partition: number;
  offset: string;
}

const key = (topic: string, partition: number, offset: string): string => `${topic}:${partition}:${offset}`;

export async function fetchAt(kafka: Kafka, groupId: string, positions: readonly Position[], timeoutMs = 30_000): Promise<Map<string, KafkaMessage>> {
  const found = new Map<string, KafkaMessage>();
  if (positions.length === 0) return found;
  const wanted = new Set(positions.map((p) => key(p.topic, p.partition, p.offset)));
  // Per partition: read from the lowest wanted offset on, until every wanted position was seen.
  const ranges = new Map<string, { topic: string; partition: number; from: bigint }>();
  for (const p of positions) {
    const k = `${p.topic}:${p.partition}`;
    const r = ranges.get(k) ?? { topic: p.topic, partition: p.partition, from: BigInt(p.offset) };
    if (BigInt(p.offset) < r.from) r.from = BigInt(p.offset);
    ranges.set(k, r);
  }
  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [...new Set(positions.map((p) => p.topic))], fromBeginning: false });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`found ${found.size} of ${wanted.size} messages within ${timeoutMs} ms`)), timeoutMs);
      consumer.on(consumer.events.GROUP_JOIN, () => {
        for (const r of ranges.values()) consumer.seek({ topic: r.topic, partition: r.partition, offset: r.from.toString() });
      });
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ topic, partition, message }) => {
            const k = key(topic, partition, message.offset);
            if (wanted.has(k)) found.set(k, message);
            // Messages past the committed offset may come before the seek takes effect: only
            // having every wanted position ends the read.
            if (found.size === wanted.size) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return found;
}
