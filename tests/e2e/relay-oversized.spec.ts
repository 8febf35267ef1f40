// Records of a few hundred KB each add up past the broker's message.max.bytes (1 MB) when they
// share a partition: the relay must not retry that batch forever. It sends the documents one at a
// time, quarantines the one that is too large even alone, and the exchange keeps flowing.
import { requestBody } from '@bex/api';
import { botenSeizure, makeSample } from '@bex/schemas';
import { ensureTopics, inboxTopic, type AnyRecord } from '@bex/shared';
import { randomUUID } from 'node:crypto';
import { callJson, eventually, kafkaAs, startTestExchange, type TestExchange } from '../harness';

let ex: TestExchange;

function seizureOf(kb: number): AnyRecord {
  const record = makeSample('SeizureCase', { source: 'LA', recipient: 'LA', recordId: randomUUID(), revision: 1, base: botenSeizure }) as unknown as AnyRecord;
  // Goods lines with long Lao descriptions (3 bytes a character in UTF-8, 4,000 characters each, as
  // the bounds allow): large records that partners still accept as valid once they arrive.
  const line = { ...botenSeizure.goods![0]!, description: { ...botenSeizure.goods![0]!.description, lo: 'ກ'.repeat(4000) } };
  record.goods = Array.from({ length: Math.ceil((kb * 1024) / 12_000) }, () => line);
  return record;
}

describe('with the broker\'s default limit (1 MB)', () => {
  beforeAll(async () => {
    ex = await startTestExchange(['LA', 'VN']);
  });
  afterAll(async () => ex?.stop());

  it('relays four 600 KB seizures that share partitions, quarantines a 1.5 MB one, and keeps going', async () => {
    const la = ex.nodes.LA!;
    // Stop the relay so the five documents are taken in one batch, as concurrent submissions are.
    await la.relay!.stop();
    const big = [seizureOf(600), seizureOf(600), seizureOf(600), seizureOf(600)];
    const tooBig = seizureOf(1500);
    for (const record of [...big.slice(0, 2), tooBig, ...big.slice(2)]) await la.outbox.append(record, new Date());
    await la.relay!.runOnce();

    const vn = ex.nodes.VN!.views.collection('SeizureCase');
    const ids = big.map((r) => r.meta.recordId);
    await eventually(async () => ((await vn.countDocuments({ recordId: { $in: ids } })) === 4 ? true : undefined), 30_000, 200);
    expect(await la.outbox.model.countDocuments({ recordId: { $in: ids }, state: 'sent' })).toBe(4);
    expect(await la.outbox.model.findById(`${tooBig.meta.recordId}:1`).lean()).toMatchObject({ state: 'quarantined', lastError: expect.stringMatching(/too large/) });

    // And what comes after still leaves.
    la.relay!.start();
    const next = await callJson(la.apiUrl!, 'POST', '/v1/seizure-cases', requestBody('SeizureCase', botenSeizure), ex.token('LA'));
    await eventually(async () => (await vn.findOne({ recordId: next.body.recordId as string })) ?? undefined, 20_000);
  });
});

describe('with a partner topic whose max.message.bytes is 200 KB', () => {
  beforeAll(async () => {
    ex = await startTestExchange(['LA', 'VN'], {
      prepare: async (prefix) => {
        // The stack's admin creates the topic with settings of the test's own (LA may not alter it).
        const kafka = kafkaAs(undefined, 'bex-test-topics');
        const topic = inboxTopic('VN', 'SeizureCase', prefix);
        await ensureTopics(kafka, [topic], 3, 30_000, { [topic]: { 'max.message.bytes': String(200_000) } });
      },
    });
  });
  afterAll(async () => ex?.stop());

  it('sets aside the record above the topic\'s limit with its reason; the records behind it arrive', async () => {
    const la = ex.nodes.LA!;
    await la.relay!.stop();
    const fits = [seizureOf(120), seizureOf(120), seizureOf(120)];
    const tooBig = seizureOf(300);
    for (const record of [fits[0]!, tooBig, fits[1]!, fits[2]!]) await la.outbox.append(record, new Date());
    la.relay!.start();

    const vn = ex.nodes.VN!.views.collection('SeizureCase');
    const ids = fits.map((r) => r.meta.recordId);
    await eventually(async () => ((await vn.countDocuments({ recordId: { $in: ids } })) === 3 ? true : undefined), 30_000, 200);
    const setAside = await la.outbox.model.findById(`${tooBig.meta.recordId}:1`).lean();
    expect(setAside).toMatchObject({ state: 'quarantined', lastError: expect.stringMatching(/too large for the broker: \d+ bytes, the limit is 190000/) });
    expect(await vn.countDocuments({ recordId: tooBig.meta.recordId })).toBe(0);
  });
});
