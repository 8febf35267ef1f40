// How many records a consumer group has committed on some topics (from each partition's start):
// one broker request per look, whatever the size of the view the group writes into.
import type { Admin } from 'kafkajs';
import type { Counter } from './count-watch';

export function committedCount(admin: Admin, groupId: string, topics: string[]): Counter {
  return async () => {
    let total = 0;
    for (const { topic, partitions } of await admin.fetchOffsets({ groupId, topics })) {
      const low = new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, Number(p.low)]));
      for (const p of partitions) total += Math.max(0, Number(p.offset) - (low.get(p.partition) ?? 0));
    }
    return total;
  };
}
