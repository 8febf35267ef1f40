// With the broker down, submissions are still accepted (they are durable in the outbox); when it
// returns, every record arrives, and none twice. This test stops and restarts the test stack's own Kafka.
import { requestBody } from '@bex/api';
import { botenSeizure } from '@bex/schemas';
import { inboxTopic, parseRecordKey } from '@bex/shared';
import { stop } from '../../scripts/stack/processes';
import { up } from '../../scripts/stack/stack';
import { callJson, eventually, readAll, startTestExchange, type TestExchange } from '../harness';
import { testStackConfig } from '../harness/test-stack';

let ex: TestExchange;
// The tests' own stack: stopping its Kafka never touches the one `npm start` runs.
const stack = testStackConfig();

beforeAll(async () => {
  ex = await startTestExchange(['LA', 'VN']);
});
afterAll(async () => {
  await up(stack); // whatever happened, leave the stack running for the next test file
  await ex?.stop();
});

it('accepts every submission while Kafka is stopped and delivers each exactly once after it returns', async () => {
  const la = ex.nodes.LA!;
  expect(await stop(stack, 'kafka')).toBe(true);

  const ids: string[] = [];
  for (let i = 0; i < 20; i++) {
    const answer = await callJson(la.apiUrl!, 'POST', '/v1/seizure-cases', requestBody('SeizureCase', botenSeizure), ex.token('LA'));
    expect(answer.status).toBe(202);
    ids.push(answer.body.recordId as string);
  }
  expect(await la.outbox.model.countDocuments({ recordId: { $in: ids }, state: 'pending' })).toBe(20);

  await up(stack);
  const vnView = ex.nodes.VN!.views.collection('SeizureCase');
  await eventually(async () => ((await vnView.countDocuments({ recordId: { $in: ids } })) === 20 ? true : undefined), 90_000, 250);
  expect(await la.outbox.model.countDocuments({ recordId: { $in: ids }, state: 'sent' })).toBe(20);

  for (const recipient of ['LA', 'VN'] as const) {
    const delivered = (await readAll([inboxTopic(recipient, 'SeizureCase', ex.prefix)])).map((m) => parseRecordKey(m.key!.toString())!.recordId);
    expect(delivered.filter((k) => ids.includes(k)).sort()).toEqual([...ids].sort());
  }
}, 180_000);
