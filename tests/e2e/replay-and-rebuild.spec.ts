// Views are exact under duplicated, reordered and replayed deliveries, and a view rebuilt from the
// topics into an empty database equals the one it replaced, field by field.
import { requestBody } from '@bex/api';
import { botenClosure, botenReopening, botenSeizure, dakTaOocSeizure, truckAlert } from '@bex/schemas';
import { RECORD_TYPES, inboxTopic } from '@bex/shared';
import { callJson, eventually, produceRaw, readAll, startTestExchange, type TestExchange } from '../harness';

let ex: TestExchange;
beforeAll(async () => {
  ex = await startTestExchange(['LA', 'VN']);
});
afterAll(async () => ex?.stop());

async function snapshot(authority: string): Promise<Record<string, unknown[]>> {
  const node = ex.nodes[authority]!;
  await node.sweeper!.sweep();
  const out: Record<string, unknown[]> = {};
  for (const type of RECORD_TYPES) out[type] = await node.views.collection(type).find().sort({ _id: 1 }).toArray();
  return out;
}

async function caughtUp(authority: string): Promise<void> {
  await eventually(async () => ((await ex.nodes[authority]!.projector!.lag()) === 0 ? true : undefined), 30_000, 100);
}

it('duplicates, reordering and replays leave the view identical; a rebuilt view equals the original', async () => {
  const la = ex.nodes.LA!.apiUrl!;
  const post = async (path: string, body?: unknown) => (await callJson(la, 'POST', path, body, ex.token('LA'))).body as { recordId: string };
  await post('/v1/seizure-cases', requestBody('SeizureCase', botenSeizure));
  await post('/v1/seizure-cases', requestBody('SeizureCase', dakTaOocSeizure));
  const alert = await post('/v1/vehicle-alerts', requestBody('VehicleRiskAlert', truckAlert));
  await callJson(la, 'PUT', `/v1/vehicle-alerts/${alert.recordId}`, { ...requestBody('VehicleRiskAlert', truckAlert), priority: 'ROUTINE' }, ex.token('LA'));
  await post(`/v1/vehicle-alerts/${alert.recordId}/suspend`);
  const closure = await post('/v1/policy-changes', requestBody('PolicyChange', botenClosure));
  await post(`/v1/policy-changes/${closure.recordId}/supersede`, requestBody('PolicyChange', botenReopening));
  await eventually(async () => ((await ex.nodes.LA!.outbox.backlog()) === 0 ? true : undefined), 20_000);
  await caughtUp('VN');
  const original = await snapshot('VN');
  expect(original.SeizureCase).toHaveLength(2);
  expect(original.VehicleRiskAlert).toMatchObject([{ revision: 3, status: 'SUSPENDED' }]);

  // Replay every message twice more, the second time newest first.
  let t = Date.now();
  const topics = RECORD_TYPES.map((type) => inboxTopic('VN', type, ex.prefix));
  const all = await readAll(topics);
  for (const topic of topics) {
    const messages = all.filter((m) => m.topic === topic).map((m) => ({ key: m.key, value: m.value, headers: m.headers ?? {} }));
    if (messages.length > 0) await produceRaw(topic, [...messages, ...[...messages].reverse()]);
  }
  await caughtUp('VN');
  console.log(`replayed ${all.length} messages twice in ${Date.now() - t} ms`);
  expect(await snapshot('VN')).toEqual(original);

  const projector = ex.nodes.VN!.projector!;
  await projector.stop();
  t = Date.now();
  await projector.rebuild();
  console.log(`rebuilt the view in ${Date.now() - t} ms`);
  expect(await snapshot('VN')).toEqual(original);
});
