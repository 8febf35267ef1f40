// The attacker's side of receipts: VN, a partner with its own genuine key, shuts LA out of its
// receipts topic (the ACL that lets LA write there is withdrawn) while it keeps sending LA records.
// LA's receipts to VN pile up; that must not hold up LA's receipts to CN, lose any of VN's, or
// make LA's relay read VN's pile at every turn (receipt-sender.ts; the explain test in
// receipt-outbox.int.spec.ts shows the read leaves it unexamined). Once VN lets LA write again,
// every receipt it is owed arrives.
import { requestBody } from '@bex/api';
import { botenSeizure, dakTaOocSeizure, gateLocation } from '@bex/schemas';
import { receiptTopic, recordKey, type AuthorityCode } from '@bex/shared';
import { callJson, eventually, grantPrefixAcls, kafkaAs, startTestExchange, type TestExchange } from '../harness';

let ex: TestExchange;
beforeAll(async () => {
  ex = await startTestExchange(['LA', 'VN', 'CN']);
}, 120_000);
afterAll(async () => ex?.stop());

const node = (a: string) => ex.nodes[a]!;

const laWrites = (topic: string) => ({
  resourceType: 2 /* TOPIC */, resourceName: topic, resourcePatternType: 3 /* LITERAL */,
  principal: 'User:bex-la', host: '*', operation: 4 /* WRITE */, permissionType: 3 /* ALLOW */,
});

async function submitSeizure(authority: AuthorityCode, body: unknown): Promise<string> {
  const answer = await callJson(node(authority).apiUrl!, 'POST', '/v1/seizure-cases', body, ex.token(authority));
  expect(answer.status).toBe(202);
  return (answer.body as { recordId: string }).recordId;
}

/** When the source heard LA's view took the record in (DELIVERED), if it has. */
async function deliveredFromLa(source: AuthorityCode, recordId: string): Promise<{ revision: number } | undefined> {
  const answer = await callJson(node(source).apiUrl!, 'GET', `/v1/records/${recordId}/receipts`, undefined, ex.token(source));
  expect(answer.status).toBe(200);
  const partners = (answer.body as { partners: Array<{ partner: string; delivered: { revision: number } | null }> }).partners;
  return partners.find((p) => p.partner === 'LA')?.delivered ?? undefined;
}

const heldByLa = (source: string, recordId: string) => async () => (await node('LA').views.collection('SeizureCase').findOne({ _id: recordKey(source as AuthorityCode, recordId) })) ?? undefined;

it('a partner that shuts LA out of its receipts topic holds up nobody else\'s receipts and loses none of its own', async () => {
  const vnReceipts = receiptTopic('VN', ex.prefix);
  const admin = kafkaAs().admin();
  await admin.connect();
  try {
    await admin.deleteAcls({ filters: [laWrites(vnReceipts)] });
    await eventually(async () => ((await admin.describeAcls({ ...laWrites(vnReceipts), resourcePatternType: 3 })).resources.length === 0 ? true : undefined), 15_000);
  } finally {
    await admin.disconnect();
  }

  // VN keeps sharing seizures with LA, and LA's view takes them in: LA owes VN a DELIVERED each.
  const fromVn: string[] = [];
  for (let i = 0; i < 3; i += 1) fromVn.push(await submitSeizure('VN', requestBody('SeizureCase', { ...dakTaOocSeizure, location: gateLocation('VN-NGI') })));
  for (const id of fromVn) await eventually(heldByLa('VN', id), 30_000);

  // CN's seizure, taken in after VN's pile began, is acknowledged to CN all the same, and not
  // only once VN's 30 s rest is over (normally it takes well under 2 s: receipts.spec.ts).
  const fromCn = await submitSeizure('CN', requestBody('SeizureCase', { ...botenSeizure, location: gateLocation('CN-MHN') }));
  await eventually(heldByLa('CN', fromCn), 30_000);
  const held = Date.now();
  // Polled twice a second: the api's per-subject rate limit would answer a faster poll 429.
  expect(await eventually(() => deliveredFromLa('CN', fromCn), 30_000, 500)).toMatchObject({ revision: 1 });
  expect(Date.now() - held).toBeLessThan(10_000);

  // VN's receipts wait in LA's outbox of receipts owed: none reached VN, none is lost.
  const owedToVn = () => node('LA').connection.collection('receipt_outbox').countDocuments({ state: 'pending', 'receipt.recordSource': 'VN', 'receipt.kind': 'DELIVERED', 'receipt.recordId': { $in: fromVn } });
  await eventually(async () => ((await owedToVn()) === fromVn.length ? true : undefined), 15_000);
  for (const id of fromVn) expect(await deliveredFromLa('VN', id)).toBeUndefined();

  // VN lets LA write again: after its rest (30 s at most) every receipt it is owed arrives.
  await grantPrefixAcls(ex.prefix);
  for (const id of fromVn) expect(await eventually(() => deliveredFromLa('VN', id), 60_000, 500)).toMatchObject({ revision: 1 });
  expect(await owedToVn()).toBe(0);
}, 180_000);
