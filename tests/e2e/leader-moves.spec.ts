// A partition's leadership moves between two live brokers (as when a restarted node takes back
// the partitions it prefers) while the relay's producer still has the old leaders. kafkajs 2.2.4
// retries such a batch inside sendBatch, but keeps the answers of the brokers that did answer and
// does not send to them again (src/producer/sendMessages.js: responsePerBroker): a partition whose
// leadership moved to one of those brokers is never written, and sendBatch resolves as if it had
// been. The relay then marks records sent that no topic holds: this is how a three-node chaos run
// lost five of LA's records. The test moves one partition's leadership to the leader of another
// partition on a three-node cluster of its own, sends a batch to every partition with the stale
// leaders, and counts what each partition received.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { AcknowledgedProducer } from '@bex/shared';
import type { Admin, Kafka } from 'kafkajs';
import { loadStackConfig } from '../../scripts/stack/config';
import { adminKafka } from '../../scripts/stack/kafka';
import { downKafka, upKafka } from '../../scripts/stack/stack';
import { eventually } from '../harness';
import { testStackConfig } from '../harness/test-stack';

const PARTITIONS = 6;
const TOPIC = 'leader-moves';
const home = join(testStackConfig().dataDir, '..', 'leader-moves');
const port = Number(process.env.BEX_TEST_LEADER_MOVES_KAFKA_PORT ?? '19700');
const cfg = loadStackConfig({
  ...process.env,
  BEX_HOME: home,
  BEX_DATA_DIR: join(home, 'data'),
  BEX_KAFKA_NODES: '3',
  BEX_KAFKA_PORT: String(port),
  BEX_KAFKA_CONTROLLER_PORT: String(port + 1),
  BEX_KAFKA_HEAP: '256m',
});

let admin: Admin;
let kafka: Kafka;
beforeAll(async () => {
  rmSync(home, { recursive: true, force: true });
  await upKafka(cfg);
  kafka = adminKafka(cfg, 'leader-moves');
  admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic: TOPIC, numPartitions: PARTITIONS, replicationFactor: 3, configEntries: [{ name: 'min.insync.replicas', value: '2' }] }], waitForLeaders: true });
}, 180_000);
afterAll(async () => {
  await admin?.disconnect().catch(() => undefined);
  await downKafka(cfg);
}, 60_000);

const leaders = async (): Promise<number[]> => (await admin.fetchTopicMetadata({ topics: [TOPIC] })).topics[0]!.partitions.sort((a, b) => a.partitionId - b.partitionId).map((p) => p.leader);
/** Each partition's end offset; the admin client learns of the moved leaders by retrying. */
const ends = (): Promise<number[]> =>
  eventually(async () => (await admin.fetchTopicOffsets(TOPIC).catch(() => undefined))?.sort((a, b) => a.partition - b.partition).map((p) => Number(p.high)), 30_000, 250);
const batch = (n: number) => Array.from({ length: PARTITIONS }, (_, partition) => Array.from({ length: n }, (_, i) => ({ partition, key: `k${partition}`, value: `p${partition}-m${i}` }))).flat();

it('writes every partition of a batch sent while a leader moved, or fails the send', async () => {
  const resent: string[] = [];
  const producer = new AcknowledgedProducer(kafka, { idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false }, (missing) => resent.push(...missing));
  await producer.connect();
  try {
    // The producer learns today's leaders: one message to every partition.
    await producer.sendBatch({ topicMessages: [{ topic: TOPIC, messages: batch(1) }], acks: -1 });
    const before = await leaders();
    expect(new Set(before).size).toBe(3);
    // Partition 0 leaves its leader for a broker that leads other partitions of the batch too.
    const from = before[0]!;
    const to = before.find((l) => l !== from)!;
    const third = before.find((l) => l !== from && l !== to)!;
    await admin.alterPartitionReassignments({ topics: [{ topic: TOPIC, partitionAssignment: [{ partition: 0, replicas: [to, third] }] }] });
    const after = await eventually(async () => {
      const now = await leaders().catch(() => undefined);
      const ongoing = await admin.listPartitionReassignments({ topics: [{ topic: TOPIC, partitions: [0] }] }).catch(() => undefined);
      return now && now[0] === to && ongoing?.topics.length === 0 ? now : undefined;
    }, 60_000, 250);
    const start = await ends();

    await producer.sendBatch({ topicMessages: [{ topic: TOPIC, messages: batch(10) }], acks: -1 });

    const end = await ends();
    console.log(JSON.stringify({ leadersBefore: before, leadersAfter: after, received: end.map((e, p) => e - start[p]!), resent }));
    // kafkajs left the moved partition out of its answer (the fault this test is about happened),
    // and the producer sent it again.
    expect(resent).toEqual([`${TOPIC}[0]`]);
    expect(end.map((e, p) => e - start[p]!)).toEqual(Array.from({ length: PARTITIONS }, () => 10));
  } finally {
    await producer.disconnect();
  }
}, 180_000);
