// The receipt outbox's reads against the real database: one source's owed receipts alone, oldest
// first, up to a creation bound, by an index that leaves the other sources' receipts unread. A
// source whose receipts topic fails rests while its receipts pile up; the relay reads receipts at
// every turn, and on SecantusDB a read costs every document its filter matches.
import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { deliveredReceipt, type Receipt } from '../../domain/receipts/receipt';
import type { AuthorityCode } from '../../domain/records/record-types';
import { ReceiptOutbox } from './receipt-outbox';

let conn: mongoose.Connection;
let owed: ReceiptOutbox;
const T0 = Date.UTC(2026, 11, 3, 8);

const receipt = (source: AuthorityCode, n: number): Receipt => deliveredReceipt({ source, recordId: `${source.toLowerCase()}-${n}`, recordType: 'SeizureCase', revision: 1 }, 'LA', T0 + n)!;

beforeAll(async () => {
  conn = await mongoose.createConnection(process.env.BEX_MONGO_URL!, { dbName: `bex_receipt_reads_${randomUUID().slice(0, 8)}` }).asPromise();
  owed = new ReceiptOutbox(conn);
  await owed.init();
  // VN's pile (it rests) is 200 receipts; CN is owed 4, added among them (VN's at even
  // milliseconds, CN's at odd ones, so the order is one).
  for (let n = 0; n < 200; n++) {
    await owed.add([receipt('VN', n)], new Date(T0 + 2 * n));
    if (n % 50 === 10) await owed.add([receipt('CN', n)], new Date(T0 + 2 * n + 1));
  }
});
afterAll(async () => {
  await conn.dropDatabase();
  await conn.close();
});

const ids = (docs: Array<{ receipt: Receipt }>): string[] => docs.map((d) => d.receipt.recordId);

it('reads one source\'s owed receipts alone, oldest first', async () => {
  expect(ids(await owed.pending(500, { source: 'CN' }))).toEqual(['cn-10', 'cn-60', 'cn-110', 'cn-160']);
  expect(ids(await owed.pending(2, { source: 'CN' }))).toEqual(['cn-10', 'cn-60']);
  expect(await owed.pending(500, { source: 'TH' })).toEqual([]);
});

it('reads every source\'s receipts in one read, oldest first, up to a creation bound', async () => {
  expect(ids(await owed.pending(3))).toEqual(['vn-0', 'vn-1', 'vn-2']);
  expect(ids(await owed.pending(500, { createdAtUpTo: new Date(T0 + 21) }))).toEqual([...Array.from({ length: 11 }, (_, n) => `vn-${n}`), 'cn-10']);
  expect(ids(await owed.pending(500, { source: 'CN', createdAtUpTo: new Date(T0 + 200) }))).toEqual(['cn-10', 'cn-60']);
});

it('leaves a resting source\'s pile unread: the database examines only the source read', async () => {
  const explained = (await owed.explainPending(500, { source: 'CN' })) as { queryPlanner: { winningPlan: unknown }; executionStats: { totalDocsExamined: number } };
  expect(JSON.stringify(explained.queryPlanner.winningPlan)).toContain('"indexName":"state_1_receipt.recordSource_1_createdAt_1"');
  expect(JSON.stringify(explained.queryPlanner.winningPlan)).not.toContain('COLLSCAN');
  expect(explained.executionStats.totalDocsExamined).toBe(4);
});

it('a receipt sent is no longer owed', async () => {
  const [first] = await owed.pending(1, { source: 'CN' });
  await owed.markSent([first!._id], new Date(T0 + 1_000));
  expect(ids(await owed.pending(500, { source: 'CN' }))).toEqual(['cn-60', 'cn-110', 'cn-160']);
});
