// Topics an authority creates carry the settings the exchange relies on, not the broker's defaults:
// inboxes keep records for good (a partner offline for a week loses nothing, a view can be rebuilt
// from its whole inbox), dead letters only as long as BEX_DEAD_LETTER_RETENTION_DAYS allows.
import { RECORD_TYPES, deadLetterTopic, inboxTopic } from '@bex/shared';
import { ConfigResourceTypes } from 'kafkajs';
import { kafkaAs, startTestExchange, type TestExchange } from '../harness';

let ex: TestExchange;
beforeAll(async () => {
  ex = await startTestExchange(['LA', 'VN']);
});
afterAll(async () => ex?.stop());

it('inboxes keep records for good, dead letters for 30 days', async () => {
  const admin = kafkaAs().admin();
  await admin.connect();
  try {
    const inboxes = ['LA', 'VN'].flatMap((a) => RECORD_TYPES.map((t) => inboxTopic(a as 'LA', t, ex.prefix)));
    const topics = [...inboxes, deadLetterTopic('LA', ex.prefix)];
    const { resources } = await admin.describeConfigs({ includeSynonyms: false, resources: topics.map((name) => ({ type: ConfigResourceTypes.TOPIC, name, configNames: ['retention.ms'] })) });
    const retention = Object.fromEntries(resources.map((r) => [r.resourceName, r.configEntries.find((e) => e.configName === 'retention.ms')?.configValue]));
    for (const topic of inboxes) expect([topic, retention[topic]]).toEqual([topic, '-1']);
    expect(retention[deadLetterTopic('LA', ex.prefix)]).toBe(String(30 * 24 * 60 * 60 * 1000));
  } finally {
    await admin.disconnect();
  }
});
