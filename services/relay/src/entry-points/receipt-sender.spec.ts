// The receipt sender around a source whose receipts topic fails: that source rests, the others'
// receipts flow on, and while it rests its pile is never read (on SecantusDB a read costs every
// document its filter matches, and the relay reads receipts at every turn); after the rest its
// receipts go out.
import type { Logger, Receipt, ReceiptOutbox, ReceiptOutboxDoc } from '@bex/shared';
import type { OutgoingMessage, RecordPublisher } from '../data-access/record-publisher';
import { RECEIPT_RETRY_MS, ReceiptSender } from './receipt-sender';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined } as unknown as Logger;
const T0 = Date.UTC(2026, 11, 3, 8);

/** An owed-receipts store in memory that answers reads as the real one does and notes each read's filter. */
function owedReceipts(): { store: ReceiptOutbox; add: (source: string, id: string) => void; reads: Array<{ source?: string; upTo?: number }>; sent: () => string[] } {
  const docs: ReceiptOutboxDoc[] = [];
  const reads: Array<{ source?: string; upTo?: number }> = [];
  const store = {
    pending: async (limit: number, options: { source?: string; createdAtUpTo?: Date } = {}) => {
      reads.push({ ...(options.source === undefined ? {} : { source: options.source }), ...(options.createdAtUpTo === undefined ? {} : { upTo: options.createdAtUpTo.getTime() - T0 }) });
      return docs
        .filter((d) => d.state === 'pending' && (options.source === undefined || d.receipt.recordSource === options.source) && (options.createdAtUpTo === undefined || d.createdAt <= options.createdAtUpTo))
        .slice(0, limit);
    },
    markSent: async (ids: readonly string[]) => {
      for (const d of docs) if (ids.includes(d._id)) d.state = 'sent';
    },
  } as unknown as ReceiptOutbox;
  const add = (source: string, id: string): void => {
    docs.push({ _id: id, receipt: { recordSource: source, recordId: id } as unknown as Receipt, state: 'pending', createdAt: new Date(T0 + docs.length) });
  };
  return { store, add, reads, sent: () => docs.filter((d) => d.state === 'sent').map((d) => d._id) };
}

/** A publisher whose `<source>.receipts` topics in `failing` refuse every message. */
function publisherRefusing(failing: Set<string>): RecordPublisher {
  const topicOf = (m: OutgoingMessage): string => m.topic;
  return {
    encodeReceipt: async (receipt: Receipt) => ({ topic: `${receipt.recordSource}.receipts`, message: { key: receipt.recordId, value: Buffer.from('r') } }),
    send: async (messages: OutgoingMessage[]) => {
      const refused = messages.map(topicOf).find((t) => failing.has(t));
      if (refused !== undefined) throw new Error(`the broker refused ${refused}`);
    },
    sendEachTopic: async (messages: OutgoingMessage[]) => new Map([...new Set(messages.map(topicOf))].filter((t) => failing.has(t)).map((t) => [t, new Error(`the broker refused ${t}`)])),
  } as unknown as RecordPublisher;
}

it('sends the other sources\' receipts while one rests, never reads the resting one\'s pile, and sends it after the rest', async () => {
  const owed = owedReceipts();
  const failing = new Set(['VN.receipts']);
  const sender = new ReceiptSender(owed.store, publisherRefusing(failing), quiet, 500, RECEIPT_RETRY_MS);
  for (let n = 0; n < 5; n++) owed.add('VN', `vn-${n}`);
  owed.add('CN', 'cn-0');

  expect(await sender.runOnce(new Date(T0))).toBe(1);
  expect(owed.sent()).toEqual(['cn-0']);

  // VN rests: later turns read the other sources one by one, never VN's and never all at once.
  owed.reads.length = 0;
  owed.add('CN', 'cn-1');
  owed.add('VN', 'vn-5');
  expect(await sender.runOnce(new Date(T0 + 1_000))).toBe(1);
  expect(await sender.runOnce(new Date(T0 + 2_000))).toBe(0);
  expect(owed.sent()).toEqual(['cn-0', 'cn-1']);
  expect(owed.reads.length).toBeGreaterThan(0);
  expect(owed.reads.filter((r) => r.source === undefined || r.source === 'VN')).toEqual([]);
  expect(new Set(owed.reads.map((r) => r.source))).toEqual(new Set(['LA', 'CN', 'TH', 'KH']));

  // The rest is over and the topic works again: VN's whole pile goes out.
  failing.clear();
  owed.reads.length = 0;
  expect(await sender.runOnce(new Date(T0 + RECEIPT_RETRY_MS + 1))).toBe(6);
  expect(owed.sent().filter((id) => id.startsWith('vn-')).sort()).toEqual(['vn-0', 'vn-1', 'vn-2', 'vn-3', 'vn-4', 'vn-5']);
  expect(owed.reads).toEqual([{}]);
});

it('reads a long backlog of receipts in bounded batches and sends all of it, oldest first', async () => {
  const owed = owedReceipts();
  const sender = new ReceiptSender(owed.store, publisherRefusing(new Set()), quiet, 4, RECEIPT_RETRY_MS);
  for (let n = 0; n < 10; n++) owed.add(n % 2 === 0 ? 'VN' : 'CN', `r-${n}`);
  const sentByTurn: string[][] = [];
  for (let turn = 0; turn < 20 && (await sender.runOnce(new Date(T0 + turn * 1_000))) > 0; turn++) sentByTurn.push(owed.sent().slice(sentByTurn.flat().length));
  expect(sentByTurn.flat()).toEqual(Array.from({ length: 10 }, (_, n) => `r-${n}`));
  expect(sentByTurn[0]).toEqual(['r-0', 'r-1', 'r-2', 'r-3']);
  // After a full batch each read stops about one batch further on (pending-bound.ts).
  expect(owed.reads[0]).toEqual({});
  expect(owed.reads[1]).toEqual({ upTo: 6 });
});
