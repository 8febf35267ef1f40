// A view written before records were keyed by source and id: each old document moves under
// source:recordId once, a tombstone gets its reason, and a later start does nothing.
import mongoose from 'mongoose';
import { randomUUID } from 'node:crypto';
import { ViewStore } from './view-store';

let conn: mongoose.Connection;
beforeAll(async () => {
  conn = await mongoose.createConnection(process.env.BEX_MONGO_URL!, { dbName: `bex_migration_${randomUUID().slice(0, 8)}` }).asPromise();
});
afterAll(async () => {
  await conn.dropDatabase();
  await conn.close();
});

it('re-keys documents held under the record id alone, keeps newer revisions, and runs once', async () => {
  const seizures = conn.collection('seizure_cases');
  const [active, withdrawn] = [randomUUID(), randomUUID()];
  await seizures.insertMany([
    { _id: active, source: 'VN', revision: 2, status: 'AMENDED', record: { meta: { recordId: active } }, plateKeys: ['43C12345'] },
    { _id: withdrawn, source: 'LA', revision: 3, status: 'WITHDRAWN', record: null, withdrawnAt: 1_700_000_000_000 },
  ] as never[]);

  const views = new ViewStore(conn);
  await views.init();

  const docs = await seizures.find({}).sort({ _id: 1 }).toArray();
  expect(docs.map((d) => d._id).sort()).toEqual([`LA:${withdrawn}`, `VN:${active}`].sort());
  expect(await seizures.findOne({ _id: `VN:${active}` } as never)).toMatchObject({ recordId: active, source: 'VN', revision: 2, plateKeys: ['43C12345'] });
  const tomb = await seizures.findOne({ _id: `LA:${withdrawn}` } as never);
  expect(tomb).toMatchObject({ recordId: withdrawn, record: null, tombstone: { reason: 'WITHDRAWN', at: 1_700_000_000_000 } });
  expect(tomb!.withdrawnAt).toBeUndefined();

  // Later starts skip the scan: an old-style document written now stays as it is.
  await seizures.insertOne({ _id: 'late', source: 'LA', revision: 1, record: null } as never);
  await new ViewStore(conn).init();
  expect(await seizures.findOne({ _id: 'late' } as never)).not.toBeNull();
});
