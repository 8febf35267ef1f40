// Operators can recover: a record refused because LA had no agreement with VN stays in LA's dead
// letters with its reason (and no content); once the agreement is in place, re-driving reads it
// again from the inbox and admits it. A set-aside outbox document can be released back to the relay.
import { botenSeizure, makeSample } from '@bex/schemas';
import { inboxTopic, loadAgreements, recordKey, redactFor, type AnyRecord } from '@bex/shared';
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callJson, eventually, produceRaw, startTestExchange, type TestExchange } from '../harness';
import { signedWithKeyOf } from '../harness/partner-forge';

const AGREEMENTS = join(__dirname, '..', '..', 'deploy', 'agreements');
const dir = mkdtempSync(join(tmpdir(), 'bex-recovery-'));
for (const f of readdirSync(AGREEMENTS).filter((f) => f.endsWith('.json') && f !== 'vn-to-la.json')) copyFileSync(join(AGREEMENTS, f), join(dir, f));

let ex: TestExchange;
beforeAll(async () => {
  ex = await startTestExchange(['LA'], { agreementsDir: dir });
});
afterAll(async () => ex?.stop());

const admin = () => ex.token('LA', ['admin']);

it('re-drives a dead letter once its cause is fixed: read again from the inbox, admitted, gone from dead letters', async () => {
  const la = ex.nodes.LA!;
  const vnToLa = loadAgreements(AGREEMENTS).find((a) => a.source === 'VN' && a.recipient === 'LA');
  const shared = redactFor(makeSample('SeizureCase', { source: 'VN', recipient: 'LA', recordId: randomUUID(), base: botenSeizure }), vnToLa, new Date());
  if (!shared.shared) throw new Error(shared.detail);
  const record = shared.record as unknown as AnyRecord;
  await produceRaw(inboxTopic('LA', 'SeizureCase', ex.prefix), [await signedWithKeyOf('VN', record)]);

  const letter = await eventually(async () => (await la.connection.collection('dead_letters').findOne({ key: recordKey('VN', record.meta.recordId) })) ?? undefined, 20_000);
  expect(letter).toMatchObject({ reason: 'agreement-no-agreement', value: null });
  const listed = await callJson(la.apiUrl!, 'GET', '/v1/dead-letters?reason=agreement-no-agreement', undefined, admin());
  expect(listed.status).toBe(200);
  expect((listed.body.items as Array<{ id: string; hasBytes: boolean }>).find((l) => l.id === String(letter._id))).toMatchObject({ hasBytes: false });
  expect(JSON.stringify(listed.body)).not.toContain(botenSeizure.caseReference!);

  // Re-driven before the cause is fixed: still refused, with its reason.
  await la.projector!.stop();
  expect(await la.projector!.redrive([String(letter._id)])).toEqual({ admitted: [], refused: [{ id: letter._id, reason: 'agreement-no-agreement' }], notFound: [] });

  // The agreement is signed; a projector started now reads it, and the record is admitted.
  copyFileSync(join(AGREEMENTS, 'vn-to-la.json'), join(dir, 'vn-to-la.json'));
  const fixed = await ex.extraNode('LA', ['projector']);
  await fixed.projector!.stop();
  expect(await fixed.projector!.redrive([String(letter._id), 'no-such-letter'])).toEqual({ admitted: [letter._id], refused: [], notFound: ['no-such-letter'] });
  expect(await la.views.collection('SeizureCase').findOne({ _id: recordKey('VN', record.meta.recordId) })).toMatchObject({ source: 'VN', revision: 1, record: expect.any(Object) });
  expect(await la.connection.collection('dead_letters').countDocuments({ _id: letter._id } as never)).toBe(0);
});

it('lists set-aside outbox documents and releases one back to the relay', async () => {
  const la = ex.nodes.LA!;
  const broken = makeSample('SeizureCase', { source: 'LA', recipient: 'LA', recordId: randomUUID(), base: botenSeizure }) as unknown as AnyRecord;
  broken.goods = 'not a list of goods lines';
  await la.outbox.append(broken, new Date());
  const id = `${broken.meta.recordId}:1`;
  await eventually(async () => ((await la.outbox.model.findById(id).lean())?.state === 'quarantined' ? true : undefined), 20_000);

  const listed = await callJson(la.apiUrl!, 'GET', '/v1/outbox/set-aside', undefined, admin());
  expect((listed.body.items as Array<{ id: string; reason: string }>).find((d) => d.id === id)).toMatchObject({ reason: expect.stringMatching(/goods|invalid/i) });
  expect((await callJson(la.apiUrl!, 'POST', `/v1/outbox/set-aside/${id}/release`, undefined, ex.token('LA', ['officer']))).status).toBe(403);
  const released = await callJson(la.apiUrl!, 'POST', `/v1/outbox/set-aside/${id}/release`, undefined, admin());
  expect([released.status, released.body]).toEqual([200, { id, state: 'pending' }]);
  // The cause is not fixed, so the relay tries again and sets it aside again: a second attempt.
  await eventually(async () => {
    const doc = await la.outbox.model.findById(id).lean();
    return doc?.state === 'quarantined' && doc.attempts >= 2 ? true : undefined;
  }, 20_000);
  expect((await callJson(la.apiUrl!, 'POST', `/v1/outbox/set-aside/no-such:1/release`, undefined, admin())).status).toBe(404);
});
