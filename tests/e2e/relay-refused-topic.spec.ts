// The operator's view of a partner inbox the broker no longer lets LA write to (its ACL went with
// an agreement, by mistake or before the relay's last tombstones left): the records for the other
// partner keep flowing, the refused ones are set aside with the topic and the broker's answer,
// nothing is lost, and once the ACL is back and the documents are released they arrive.
import { requestBody } from '@bex/api';
import { botenSeizure } from '@bex/schemas';
import { inboxTopic } from '@bex/shared';
import { callJson, eventually, grantPrefixAcls, kafkaAs, startTestExchange, type TestExchange } from '../harness';

let ex: TestExchange;
beforeAll(async () => {
  ex = await startTestExchange(['LA', 'VN', 'CN']);
});
afterAll(async () => ex?.stop());

const LA_WRITE = (topic: string) => ({
  resourceType: 2 /* TOPIC */, resourceName: topic, resourcePatternType: 3 /* LITERAL */,
  principal: 'User:bex-la', host: '*', operation: 4 /* WRITE */, permissionType: 3 /* ALLOW */,
});

async function submit(): Promise<string> {
  const answer = await callJson(ex.nodes.LA!.apiUrl!, 'POST', '/v1/seizure-cases', requestBody('SeizureCase', botenSeizure), ex.token('LA'));
  expect(answer.status).toBe(202);
  return answer.body.recordId as string;
}

const holds = (authority: string, recordId: string) => async () =>
  (await ex.nodes[authority]!.views.collection('SeizureCase').findOne({ recordId })) ?? undefined;

it('sets aside what a refused topic owes, keeps the rest flowing, and delivers it all after the ACL is back', async () => {
  const cnSeizures = inboxTopic('CN', 'SeizureCase', ex.prefix);
  // Before: LA's relay has written to CN's inbox, so its producer knows the topic.
  const before = await submit();
  await eventually(holds('CN', before), 20_000);

  const admin = kafkaAs().admin();
  await admin.connect();
  try {
    await admin.deleteAcls({ filters: [LA_WRITE(cnSeizures)] });
    // The authorizer applies it from the metadata log; DescribeAcls answers from the same broker.
    await eventually(async () => ((await admin.describeAcls({ ...LA_WRITE(cnSeizures), resourcePatternType: 3 })).resources.length === 0 ? true : undefined), 15_000);
  } finally {
    await admin.disconnect();
  }

  const refused: string[] = [];
  for (let i = 0; i < 3; i += 1) refused.push(await submit());
  // VN keeps receiving, in later batches too, while CN's deliveries are refused.
  for (const id of refused) await eventually(holds('VN', id), 30_000);
  for (const id of refused) await eventually(holds('LA', id), 10_000);

  const operator = ex.token('LA', ['admin']);
  const listed = await eventually(async () => {
    const answer = await callJson(ex.nodes.LA!.apiUrl!, 'GET', '/v1/outbox/set-aside', undefined, operator);
    const items = (answer.body.items as Array<{ id: string; recordId: string; reason: string | null }>) ?? [];
    return refused.every((id) => items.some((d) => d.recordId === id)) ? items : undefined;
  }, 20_000);
  for (const item of listed.filter((d) => refused.includes(d.recordId))) {
    expect(item.reason).toContain(cnSeizures);
    expect(item.reason).toContain('TOPIC_AUTHORIZATION_FAILED');
  }
  expect(listed.some((d) => d.recordId === before)).toBe(false);
  for (const id of refused) expect(await holds('CN', id)()).toBeUndefined();
  expect(await ex.nodes.LA!.outbox.backlog()).toBe(0);

  // The cause fixed (ACLs derived again from the agreements), the operator releases each document.
  await grantPrefixAcls(ex.prefix);
  for (const id of refused) {
    const released = await callJson(ex.nodes.LA!.apiUrl!, 'POST', `/v1/outbox/set-aside/${id}:1/release`, undefined, operator);
    expect(released.status).toBe(200);
  }
  for (const id of refused) await eventually(holds('CN', id), 30_000);
  const after = await callJson(ex.nodes.LA!.apiUrl!, 'GET', '/v1/outbox/set-aside', undefined, operator);
  expect((after.body.items as unknown[]).length).toBe(0);
  // A record sent after the repair goes everywhere at once.
  const later = await submit();
  await eventually(holds('CN', later), 20_000);
  await eventually(holds('VN', later), 20_000);
});
