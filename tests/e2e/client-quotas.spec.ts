// Kafka client quotas are in force on the real broker, not only written down. The authorities'
// principals are shared by every test file running in parallel, so this test gives a quota only to
// a throwaway SCRAM user of its own (a tiny byte rate) and reads the throttle the broker reports
// back in its produce answer (throttle_time_ms, which kafkajs logs before waiting it out), never a
// wall-clock time. The same user without the quota is the contrast: the broker reports no throttle.
import { randomBytes } from 'node:crypto';
import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, Kafka, logLevel, ResourcePatternTypes } from 'kafkajs';
import { runKafkaTool } from '../../scripts/stack/kafka';
import { applyQuotas, readUserQuotas, removeUserQuota } from '../../scripts/stack/kafka-quota-admin';
import { eventually, kafkaAs, stackEnv, uniqueName } from '../harness';
import { testStackConfig } from '../harness/test-stack';

const cfg = testStackConfig();
const user = `bex-quota-${randomBytes(4).toString('hex')}`;
const password = randomBytes(24).toString('hex');
const topic = `${uniqueName('quota').replace(/-/g, '_')}.probe`;
const THROTTLED = /^Client side throttling in effect for (\d+)ms$/;

const scram = (change: string[]) => runKafkaTool(cfg, 'kafka.admin.ConfigCommand', ['--alter', '--entity-type', 'users', '--entity-name', user, ...change]);
const writeAcl = (op: 'WRITE' | 'DESCRIBE') => ({
  resourceType: AclResourceTypes.TOPIC,
  resourceName: topic,
  resourcePatternType: ResourcePatternTypes.LITERAL,
  principal: `User:${user}`,
  host: '*',
  operation: AclOperationTypes[op],
  permissionType: AclPermissionTypes.ALLOW,
});

beforeAll(async () => {
  await scram(['--add-config', `SCRAM-SHA-512=[password=${password}]`]);
  const admin = kafkaAs().admin();
  await admin.connect();
  try {
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
    await admin.createAcls({ acl: [writeAcl('WRITE'), writeAcl('DESCRIBE')] });
  } finally {
    await admin.disconnect();
  }
});

afterAll(async () => {
  await removeUserQuota(cfg, user).catch(() => undefined);
  await scram(['--delete-config', 'SCRAM-SHA-512']).catch(() => undefined);
  const admin = kafkaAs().admin();
  await admin.connect();
  try {
    await admin.deleteAcls({ filters: [writeAcl('WRITE'), writeAcl('DESCRIBE')] });
    await admin.deleteTopics({ topics: [topic] });
  } finally {
    await admin.disconnect();
  }
});

/** Sends one 32 KiB message as the throwaway user; returns the throttle times the broker reported. */
async function throttleReported(): Promise<number[]> {
  const throttles: number[] = [];
  const kafka = new Kafka({
    clientId: 'bex-quota-probe',
    brokers: stackEnv().kafkaBrokers,
    sasl: { mechanism: 'scram-sha-512', username: user, password },
    logLevel: logLevel.DEBUG,
    logCreator: () => ({ log }) => {
      const m = THROTTLED.exec(String(log.message));
      if (m) throttles.push(Number(m[1]));
    },
  });
  const producer = kafka.producer({ idempotent: false, allowAutoTopicCreation: false, retry: { retries: 3 } });
  await producer.connect();
  try {
    await producer.send({ topic, acks: 1, messages: [{ value: randomBytes(32 * 1024) }] });
  } finally {
    await producer.disconnect();
  }
  return throttles;
}

it('a user without a quota is not throttled; given 2 KiB/s, its 32 KiB produce is, by the broker, which describes the quota as applied', async () => {
  // The user may need a moment to reach the broker's SCRAM cache after its creation.
  expect(await eventually(() => throttleReported().catch(() => undefined), 20_000, 500)).toEqual([]);

  // What npm start and `npm run stack -- acls` run, with this user's quota in place of the authorities'.
  const quota = { user, producerByteRate: 2048, requestPercentage: 10 };
  expect((await applyQuotas(cfg, [quota])).changed).toBe(1);
  expect((await readUserQuotas(cfg)).get(user)).toEqual({ producerByteRate: 2048, requestPercentage: 10 });
  expect((await applyQuotas(cfg, [quota])).changed).toBe(0);

  // The broker applies the quota from its metadata a moment after the controller took it.
  const throttles = await eventually(async () => {
    const reported = await throttleReported();
    return reported.length === 0 ? undefined : reported;
  }, 30_000, 200);
  expect(Math.max(...throttles)).toBeGreaterThan(0);

  await removeUserQuota(cfg, user);
  expect((await readUserQuotas(cfg)).has(user)).toBe(false);
});
