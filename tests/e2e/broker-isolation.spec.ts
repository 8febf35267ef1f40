// The security finding "Kafka PLAINTEXT without ACLs": on the local stack each authority connects
// as its own SASL/SCRAM principal and the broker's ACLs, derived from the agreements, decide. VN may
// not read LA's inbox (which holds LA's unredacted own copy) nor join LA's projector group, may not
// write a type to CN that no VN agreement covers (vn-to-cn.json: PolicyChange only), and may write
// what an agreement allows and read its own inbox. A wrong password gets nowhere.
import { deadLetterTopic, ensureTopics, inboxTopic, inboxTopics } from '@bex/shared';
import type { Kafka } from 'kafkajs';
import { grantPrefixAcls, kafkaAs, kafkaOfAuthority, revokePrefixAcls, uniqueName } from '../harness';

const prefix = uniqueName('iso').replace(/-/g, '_');
const laSeizures = inboxTopic('LA', 'SeizureCase', prefix);
const cnSeizures = inboxTopic('CN', 'SeizureCase', prefix);
const cnPolicies = inboxTopic('CN', 'PolicyChange', prefix);
const vnPolicies = inboxTopic('VN', 'PolicyChange', prefix);
const laDeadLetters = deadLetterTopic('LA', prefix);
let vn: Kafka;

/** The error a promise fails with, as kafkajs names it (type), or its cause's. */
async function refusal(work: Promise<unknown>): Promise<string> {
  const err = (await work.then(
    () => undefined,
    (e: unknown) => e,
  )) as { type?: string; name?: string; message?: string; cause?: { type?: string }; errors?: Array<{ type?: string }> } | undefined;
  if (!err) return 'no error';
  return err.type ?? err.cause?.type ?? err.errors?.[0]?.type ?? `${err.name}: ${err.message}`;
}

beforeAll(async () => {
  await grantPrefixAcls(prefix);
  // The admin sets the topics up, so every refusal below is the ACLs', not a missing topic.
  await ensureTopics(kafkaAs(), [...inboxTopics('LA', prefix), ...inboxTopics('CN', prefix), ...inboxTopics('VN', prefix), laDeadLetters], 1);
  await produce(kafkaAs(), laSeizures, 'la-own-copy');
  vn = kafkaOfAuthority('VN', 'bex-test-vn');
});
afterAll(() => revokePrefixAcls(prefix));

async function produce(kafka: Kafka, topic: string, value: string): Promise<void> {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false, retry: { retries: 1, initialRetryTime: 100 } });
  await producer.connect();
  try {
    await producer.send({ topic, acks: -1, messages: [{ key: 'k', value }] });
  } finally {
    await producer.disconnect();
  }
}

async function consumeOne(kafka: Kafka, groupId: string, topic: string): Promise<string> {
  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false, retry: { retries: 0 } });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    return await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`nothing read from ${topic} within 20 s`)), 20_000);
      consumer.on(consumer.events.CRASH, ({ payload }) => {
        clearTimeout(timer);
        reject(payload.error);
      });
      consumer
        .run({
          eachMessage: async ({ message }) => {
            clearTimeout(timer);
            resolve(message.value!.toString());
          },
        })
        .catch((err: unknown) => {
          clearTimeout(timer);
          reject(err);
        });
    });
  } finally {
    await consumer.disconnect();
  }
}

describe("VN's principal on the broker", () => {
  it("cannot see or read LA's inbox, nor use LA's projector group", async () => {
    // vn-to-la.json lets VN write (hence describe) LA's inboxes, never read them.
    expect(await refusal(consumeOne(vn, `${prefix}-projector-vn`, laSeizures))).toBe('TOPIC_AUTHORIZATION_FAILED');
    const admin = vn.admin();
    await admin.connect();
    try {
      // What VN may neither write nor read does not even exist for it: LA's dead letters, CN's seizure cases.
      expect(await refusal(admin.fetchTopicOffsets(laDeadLetters))).toBe('TOPIC_AUTHORIZATION_FAILED');
      const visible = await admin.listTopics();
      expect(visible).not.toContain(laDeadLetters);
      expect(visible).not.toContain(cnSeizures);
      expect(visible).toContain(vnPolicies);
    } finally {
      await admin.disconnect();
    }
    // FindCoordinator needs Describe on the group; the broker answers GROUP_AUTHORIZATION_FAILED,
    // which kafkajs reports as "Failed to find group coordinator" (its own group works, below).
    expect(await refusal(consumeOne(vn, `${prefix}-projector-la`, vnPolicies))).toMatch(/GROUP_AUTHORIZATION_FAILED|KafkaJSGroupCoordinatorNotFound/);
  });

  it('cannot write to CN a type no VN agreement covers (seizure cases), nor create such a topic', async () => {
    expect(await refusal(produce(vn, cnSeizures, 'forged'))).toBe('TOPIC_AUTHORIZATION_FAILED');
    expect(await refusal(produce(vn, laDeadLetters, 'forged'))).toBe('TOPIC_AUTHORIZATION_FAILED');
    const admin = vn.admin();
    await admin.connect();
    try {
      const made = await refusal(admin.createTopics({ topics: [{ topic: `${prefix}.cn.not-a-type` }] }));
      expect(made).toBe('TOPIC_AUTHORIZATION_FAILED');
    } finally {
      await admin.disconnect();
    }
  });

  it('writes what vn-to-cn.json allows (policy changes) and reads its own inbox in its own group', async () => {
    await produce(vn, cnPolicies, 'a published notice');
    await produce(kafkaAs(), vnPolicies, 'for VN');
    expect(await consumeOne(vn, `${prefix}-projector-vn`, vnPolicies)).toBe('for VN');
  });

  it('with a wrong password it is refused at authentication', async () => {
    const admin = kafkaAs('bex-vn', 'bex-test-wrong', 'not-the-password').admin();
    expect(await refusal(admin.connect())).toMatch(/SASL|authentic/i);
    await admin.disconnect();
  });
});
