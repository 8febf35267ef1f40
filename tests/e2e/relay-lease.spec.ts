// One relay sends per authority, whatever the orchestrator starts: a lease in the authority's
// database decides. A relay that does not hold it stands by and sends nothing; when the holder
// stops (or its lease expires) another takes over, and nothing is sent twice meanwhile.
import { requestBody } from '@bex/api';
import { botenSeizure } from '@bex/schemas';
import { RelayLease, inboxTopic, parseRecordKey } from '@bex/shared';
import { callJson, eventually, fullTurnAfter, readAll, startTestExchange, type TestExchange } from '../harness';

let ex: TestExchange;
beforeAll(async () => {
  ex = await startTestExchange(['LA', 'VN']);
});
afterAll(async () => ex?.stop());

const submit = async (): Promise<string> => {
  const answer = await callJson(ex.nodes.LA!.apiUrl!, 'POST', '/v1/seizure-cases', requestBody('SeizureCase', botenSeizure), ex.token('LA'));
  expect(answer.status).toBe(202);
  return answer.body.recordId as string;
};
const atVN = (ids: string[]) => ex.nodes.VN!.views.collection('SeizureCase').countDocuments({ recordId: { $in: ids } });

it('a relay without the lease sends nothing; it takes over when the holder lets go', async () => {
  const la = ex.nodes.LA!;
  await la.relay!.stop();
  const other = new RelayLease(la.connection, 'another-relay-process');
  expect((await other.acquire()).held).toBe(true);
  la.relay!.start();

  const id = await submit();
  // Two whole turns of the relay that stands by, after the record was there to send.
  await fullTurnAfter(la.relay!.heartbeat, Date.now());
  await fullTurnAfter(la.relay!.heartbeat, Date.now());
  expect(await la.outbox.model.countDocuments({ recordId: id, state: 'pending' })).toBe(1);
  expect(await atVN([id])).toBe(0);

  await other.release();
  await eventually(async () => ((await atVN([id])) === 1 ? true : undefined), 20_000);
});

it('the lease expires when its holder is cut off, and a new holder gets a higher epoch', async () => {
  const conn = ex.nodes.LA!.connection;
  const a = new RelayLease(conn, 'a', 1_000, 'lease-test');
  const b = new RelayLease(conn, 'b', 1_000, 'lease-test');
  const t0 = new Date();
  const first = await a.acquire(t0);
  expect(first.held).toBe(true);
  expect((await b.acquire(t0)).held).toBe(false);
  expect((await a.acquire(new Date(t0.getTime() + 500))).held).toBe(true);
  const later = new Date(t0.getTime() + 5_000);
  const taken = await b.acquire(later);
  expect(taken).toEqual({ held: true, epoch: first.epoch! + 1 });
  expect((await a.acquire(later)).held).toBe(false);
});

it('two relay processes of one authority: every record is sent once', async () => {
  await ex.extraNode('LA', ['relay']);
  const ids: string[] = [];
  for (let i = 0; i < 20; i++) ids.push(await submit());
  await eventually(async () => ((await atVN(ids)) === ids.length ? true : undefined), 30_000, 200);
  const sent = (await readAll([inboxTopic('VN', 'SeizureCase', ex.prefix)])).map((m) => parseRecordKey(m.key!.toString())!.recordId).filter((k) => ids.includes(k));
  expect(sent.sort()).toEqual([...ids].sort());
});
