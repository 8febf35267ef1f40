// Group commit against the real database: who shares a batch, and what each caller is told when
// a document or a whole batch fails.
import mongoose from 'mongoose';
import { randomUUID } from 'node:crypto';
import { GroupCommitter, type GroupCommitOptions, type InsertManyTarget } from './group-commit';

interface Doc {
  _id: string;
  n: number;
}

let conn: mongoose.Connection;
beforeAll(async () => {
  conn = await mongoose.createConnection(process.env.BEX_MONGO_URL!, { dbName: `bex_group_commit_${randomUUID().slice(0, 8)}` }).asPromise();
});
afterAll(async () => {
  await conn.dropDatabase();
  await conn.close();
});

/** A fresh collection, and the batches the committer sent to it (sizes and options). */
function committer(options: GroupCommitOptions = {}) {
  const coll = conn.collection<Doc>(`c_${randomUUID().slice(0, 8)}`);
  const batches: Array<{ ids: string[]; options: unknown }> = [];
  const target: InsertManyTarget<Doc> = {
    insertMany: (docs, opts) => {
      batches.push({ ids: docs.map((d) => d._id), options: opts });
      return coll.insertMany(docs, opts);
    },
  };
  return { coll, batches, commits: new GroupCommitter<Doc>(target, options) };
}

const outcome = (r: PromiseSettledResult<void>): string => (r.status === 'fulfilled' ? 'written' : String((r.reason as { code?: unknown }).code ?? (r.reason as Error).message));

it('writes inserts that arrive together as one journaled, unordered insertMany', async () => {
  const { coll, batches, commits } = committer();
  const results = await Promise.allSettled(Array.from({ length: 20 }, (_, n) => commits.insert({ _id: `d${n}`, n })));
  expect(results.map(outcome)).toEqual(Array(20).fill('written'));
  expect(batches).toHaveLength(1);
  expect(batches[0]!.options).toEqual({ ordered: false, writeConcern: { w: 'majority', j: true } });
  expect(await coll.countDocuments()).toBe(20);
});

it('fails only the document whose key is taken, with its own duplicate-key error; its neighbours are written', async () => {
  const { coll, batches, commits } = committer();
  await coll.insertOne({ _id: 'taken', n: -1 });
  // Two requests racing for the same revision in one batch: exactly one wins, as with two insertOnes.
  const ids = ['a', 'taken', 'b', 'a', 'c'];
  const results = await Promise.allSettled(ids.map((_id, n) => commits.insert({ _id, n })));
  expect(batches).toHaveLength(1);
  expect(results.map(outcome)).toEqual(['written', '11000', 'written', '11000', 'written']);
  const failed = results[1] as PromiseRejectedResult;
  expect(failed.reason).toBeInstanceOf(mongoose.mongo.MongoServerError);
  expect((failed.reason as Error).message).toMatch(/duplicate key/);
  // The error names the key, never carries the document.
  expect(JSON.stringify(failed.reason)).not.toContain('"n"');
  expect(await coll.find().sort({ _id: 1 }).toArray()).toEqual([
    { _id: 'a', n: 0 }, { _id: 'b', n: 2 }, { _id: 'c', n: 4 }, { _id: 'taken', n: -1 },
  ]);
});

it('fails every caller of a batch whose durability the database did not confirm, written or not', async () => {
  // A standalone database cannot satisfy w: 3: it inserts, then reports a write-concern error.
  const { coll, commits } = committer({ writeConcern: { w: 3 } });
  await coll.insertOne({ _id: 'taken', n: -1 });
  const results = await Promise.allSettled(['x', 'taken', 'y'].map((_id, n) => commits.insert({ _id, n })));
  expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
});

it('fails every caller when the batch fails as a whole', async () => {
  const broken: InsertManyTarget<Doc> = { insertMany: async () => Promise.reject(new Error('connection reset')) };
  const commits = new GroupCommitter<Doc>(broken);
  const results = await Promise.allSettled([commits.insert({ _id: 'p', n: 0 }), commits.insert({ _id: 'q', n: 1 })]);
  expect(results.map(outcome)).toEqual(['connection reset', 'connection reset']);
});

it('gathers what arrives while a batch is being written into the next one', async () => {
  const { coll, batches, commits } = committer({ windowMs: 0 });
  const first = commits.insert({ _id: 'first', n: 0 });
  await new Promise((r) => setImmediate(r)); // the first batch leaves alone
  const rest = Array.from({ length: 10 }, (_, n) => commits.insert({ _id: `later${n}`, n }));
  await Promise.all([first, ...rest]);
  expect(batches.map((b) => b.ids.length)).toEqual([1, 10]);
  expect(await coll.countDocuments()).toBe(11);
});

it('cuts batches at maxBatch', async () => {
  const { batches, commits } = committer({ maxBatch: 4 });
  await Promise.all(Array.from({ length: 10 }, (_, n) => commits.insert({ _id: `m${n}`, n })));
  expect(batches.map((b) => b.ids.length)).toEqual([4, 4, 2]);
});

it('makes a lone caller wait for no one', async () => {
  const { batches, commits } = committer({ windowMs: 5_000 });
  const started = Date.now();
  for (let n = 0; n < 3; n++) await commits.insert({ _id: `s${n}`, n });
  expect(batches.map((b) => b.ids)).toEqual([['s0'], ['s1'], ['s2']]);
  expect(Date.now() - started).toBeLessThan(5_000);
});

it('after a batch that had company, holds the next first arrival for the window to gather more', async () => {
  const { batches, commits } = committer({ windowMs: 100 });
  await Promise.all(Array.from({ length: 5 }, (_, n) => commits.insert({ _id: `burst${n}`, n })));
  const early = commits.insert({ _id: 'early', n: 0 });
  await new Promise((r) => setTimeout(r, 20));
  await Promise.all([early, commits.insert({ _id: 'late', n: 1 })]);
  expect(batches.map((b) => b.ids.length)).toEqual([5, 2]);
});
