// An outbox document that cannot be encoded is set aside with its reason; the records behind it
// still leave. (The api validates what it accepts, so this guards against data written by other
// means, e.g. a migration or an older api.)
import { requestBody } from '@bex/api';
import { botenSeizure, makeSample } from '@bex/schemas';
import type { AnyRecord } from '@bex/shared';
import { randomUUID } from 'node:crypto';
import { callJson, eventually, startTestExchange, type TestExchange } from '../harness';

let ex: TestExchange;
beforeAll(async () => {
  ex = await startTestExchange(['LA', 'VN']);
});
afterAll(async () => ex?.stop());

it('quarantines an unencodable outbox document and relays the next one', async () => {
  const la = ex.nodes.LA!;
  const broken = makeSample('SeizureCase', { source: 'LA', recipient: 'LA', recordId: randomUUID(), revision: 1, base: botenSeizure }) as unknown as AnyRecord;
  broken.goods = 'not a list of goods lines';
  await la.outbox.append(broken, new Date());
  const good = await callJson(la.apiUrl!, 'POST', '/v1/seizure-cases', requestBody('SeizureCase', botenSeizure), ex.token('LA'));
  expect(good.status).toBe(202);

  await eventually(async () => (await ex.nodes.VN!.views.collection('SeizureCase').findOne({ recordId: good.body.recordId as string })) ?? undefined, 20_000);
  const set = await la.outbox.model.findById(`${broken.meta.recordId}:1`).lean();
  expect(set).toMatchObject({ state: 'quarantined', lastError: expect.stringMatching(/invalid|goods/i) });
  expect(await ex.nodes.VN!.views.collection('SeizureCase').countDocuments({ recordId: broken.meta.recordId })).toBe(0);
});
