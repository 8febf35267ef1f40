// The projector killed -9 after its bulk write and before its offset commit: VN's view holds the
// batch, VN's consumer group does not know it. The test freezes the projector's database link on
// the bytes of its view write (the bulk update of the seizure view), before the database sees them,
// kills the projector, and lets the held write reach the database: the write lands, the commit never happens. The next projector
// reads the batch again from the last committed offset, and the view stays exact: every record
// once, at its revision, nothing more.
import { requestBody } from '@bex/api';
import { botenSeizure } from '@bex/schemas';
import { VIEW_COLLECTIONS } from '@bex/view';
import { inboxTopic } from '@bex/shared';
import { callJson, eventually, kafkaAs, startTestExchange, stackEnv, type TestExchange } from '../harness';
import { startRoleProcess } from '../harness/role-process';
import { bsonCommandBytes, TcpProxy } from '../../scripts/chaos/tcp-proxy';

let ex: TestExchange;
let proxy: TcpProxy;
beforeAll(async () => {
  ex = await startTestExchange(['LA', 'VN']);
  // VN's projector runs as a process of its own, the one this test kills.
  await ex.nodes.VN!.projector!.stop();
  proxy = new TcpProxy(Number(new URL(stackEnv().mongoUrl).port));
});
afterAll(async () => {
  await proxy?.stop();
  await ex?.stop();
});

/** How far VN's projector group has committed, summed over the inbox partitions. */
async function committed(): Promise<number> {
  const admin = kafkaAs('bex-admin').admin();
  await admin.connect();
  try {
    const [offsets] = await admin.fetchOffsets({ groupId: `${ex.prefix}-projector-vn`, topics: [inboxTopic('VN', 'SeizureCase', ex.prefix)] });
    return (offsets?.partitions ?? []).reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0);
  } finally {
    await admin.disconnect();
  }
}

it('replays a batch written but not committed, and the view applies it once', async () => {
  const mongoUrl = `mongodb://127.0.0.1:${await proxy.start()}/?directConnection=true`;
  const projectorEnv = ex.envOf('VN', { BEX_ROLES: 'projector', LOG_LEVEL: 'debug', BEX_MONGO_URL: mongoUrl });
  // Frozen on the write itself, not on the log line announcing it: a write that fast would
  // otherwise be answered before the test could freeze the link.
  proxy.freezeOnClientBytes([bsonCommandBytes('update', VIEW_COLLECTIONS.SeizureCase), Buffer.from('upsert\0')]);
  const doomed = startRoleProcess(projectorEnv);
  await doomed.line('authority started');

  const ids: string[] = [];
  for (let i = 0; i < 30; i++) {
    const answer = await callJson(ex.nodes.LA!.apiUrl!, 'POST', '/v1/seizure-cases', requestBody('SeizureCase', botenSeizure), ex.token('LA'));
    expect(answer.status).toBe(202);
    ids.push(answer.body.recordId as string);
  }
  const batch = await doomed.line('writing view');
  await doomed.kill9();
  const before = await committed();
  // The write the projector sent before it died reaches the database now.
  proxy.thaw();
  const view = ex.nodes.VN!.views.collection('SeizureCase');
  const written = await eventually(async () => {
    const n = await view.countDocuments({ recordId: { $in: ids } });
    return n > 0 ? n : undefined;
  }, 20_000, 100);
  // The view holds records whose offsets the group never committed.
  expect(await committed()).toBe(before);
  expect(doomed.lines().some((l) => l.msg === 'view written; committing offset' && l.partition === batch.partition && l.lastOffset === batch.lastOffset)).toBe(false);
  console.log(`killed after writing ${written} record(s) of partition ${String(batch.partition)} up to offset ${String(batch.lastOffset)}; committed offsets summed: ${before}`);

  const projector = startRoleProcess({ ...projectorEnv, BEX_MONGO_URL: stackEnv().mongoUrl });
  try {
    // The replay: the next projector writes the killed one's batch again and commits it.
    await eventually(async () => (projector.lines().some((l) => l.msg === 'view written; committing offset' && l.partition === batch.partition) ? true : undefined), 60_000, 200);
    await eventually(async () => ((await view.countDocuments({ recordId: { $in: ids } })) === ids.length ? true : undefined), 60_000, 200);
    const docs = await view.find({}).toArray();
    expect(docs.map((d) => d.recordId).sort()).toEqual([...ids].sort());
    expect(docs.every((d) => d.revision === 1 && d.status === 'ACTIVE')).toBe(true);
  } finally {
    await projector.stop();
    proxy.cut();
  }
}, 240_000);
