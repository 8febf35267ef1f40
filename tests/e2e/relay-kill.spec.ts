// The relay killed -9 between produce and mark: the broker acknowledged a batch, the outbox still
// says pending. The test freezes the relay's database link the moment it starts producing (its
// "producing" line), so the produce goes through and the mark cannot; then it kills the relay. The
// next relay sends those documents again (at-least-once to Kafka), and VN's view holds each record
// exactly once at its revision: the view is exact, whatever the topic repeats.
import { requestBody } from '@bex/api';
import { botenSeizure } from '@bex/schemas';
import { inboxTopic, parseRecordKey } from '@bex/shared';
import { callJson, eventually, readAll, startTestExchange, stackEnv, type TestExchange } from '../harness';
import { startRoleProcess } from '../harness/role-process';
import { TcpProxy } from '../../scripts/chaos/tcp-proxy';

let ex: TestExchange;
let proxy: TcpProxy;
beforeAll(async () => {
  ex = await startTestExchange(['LA', 'VN']);
  // LA's relay runs as a process of its own, the one this test kills.
  await ex.nodes.LA!.relay!.stop();
  proxy = new TcpProxy(Number(new URL(stackEnv().mongoUrl).port));
});
afterAll(async () => {
  await proxy?.stop();
  await ex?.stop();
});

const vnInbox = async (): Promise<Array<string | undefined>> =>
  (await readAll([inboxTopic('VN', 'SeizureCase', ex.prefix)])).map((m) => parseRecordKey(String(m.key))?.recordId);

it('re-sends what was produced but not marked, and the view applies it once', async () => {
  const ids: string[] = [];
  for (let i = 0; i < 40; i++) {
    const answer = await callJson(ex.nodes.LA!.apiUrl!, 'POST', '/v1/seizure-cases', requestBody('SeizureCase', botenSeizure), ex.token('LA'));
    expect(answer.status).toBe(202);
    ids.push(answer.body.recordId as string);
  }
  const mongoUrl = `mongodb://127.0.0.1:${await proxy.start()}/?directConnection=true`;
  // A short lease: the next relay takes over from the killed one within seconds, not 30.
  const relayEnv = ex.envOf('LA', { BEX_ROLES: 'relay', LOG_LEVEL: 'debug', BEX_RELAY_LEASE_S: '2', BEX_MONGO_URL: mongoUrl });
  const doomed = startRoleProcess(relayEnv);
  doomed.when('producing', () => proxy.freeze());
  await doomed.line('producing');
  // The broker has the batch; the mark is stuck in the frozen link. Now the crash.
  await eventually(async () => {
    const inInbox = new Set(await vnInbox());
    return ids.every((id) => inInbox.has(id)) ? true : undefined;
  }, 30_000, 250);
  await doomed.kill9();
  proxy.cut();
  const outbox = ex.nodes.LA!.outbox.model;
  expect(await outbox.countDocuments({ recordId: { $in: ids }, state: 'pending' })).toBe(ids.length);
  expect(doomed.lines().some((l) => l.msg === 'relayed')).toBe(false);

  const relay = startRoleProcess({ ...relayEnv, BEX_MONGO_URL: stackEnv().mongoUrl });
  try {
    await eventually(async () => ((await outbox.countDocuments({ recordId: { $in: ids }, state: 'pending' })) === 0 ? true : undefined), 60_000, 200);
    // Sent twice to the topic...
    const messages = await vnInbox();
    for (const id of ids) expect(messages.filter((m) => m === id)).toHaveLength(2);
    // ...once in the view, at revision 1, and no other record there.
    const view = ex.nodes.VN!.views.collection('SeizureCase');
    await eventually(async () => ((await view.countDocuments({ recordId: { $in: ids } })) === ids.length ? true : undefined), 60_000, 200);
    const docs = await view.find({}).toArray();
    expect(docs.map((d) => d.recordId).sort()).toEqual([...ids].sort());
    expect(docs.every((d) => d.revision === 1 && d.status === 'ACTIVE')).toBe(true);
  } finally {
    await relay.stop();
  }
}, 240_000);
