// Receipts this authority owes its partners, kept until the relay has produced them: the projector
// adds DELIVERED and ACTIONED receipts before it commits its offsets, the api adds VIEWED ones, and
// the relay signs and sends them. `_id` is the receipt's id (receipt.ts), so a receipt added twice
// (a replayed batch, a record opened again) is one document, and the first time it happened stays.
import type { Connection } from 'mongoose';
import type { Receipt } from '../../domain/receipts/receipt';
import { receiptId } from '../../domain/receipts/receipt';

export interface ReceiptOutboxDoc {
  _id: string;
  receipt: Receipt;
  state: 'pending' | 'sent';
  createdAt: Date;
  sentAt?: Date;
}

/** Which owed receipts a read takes: of one source only, and only those added by a time. */
export interface PendingReceipts {
  source?: string;
  createdAtUpTo?: Date;
}

const DUPLICATE_KEY = 11000;

export class ReceiptOutbox {
  private readonly listeners = new Set<() => void>();

  constructor(private readonly conn: Connection) {}

  private get docs() {
    return this.conn.collection<ReceiptOutboxDoc>('receipt_outbox');
  }

  async init(): Promise<void> {
    // The second serves one source's owed receipts alone: a resting source's are never read meanwhile.
    await this.docs.createIndexes([{ key: { state: 1, createdAt: 1 } }, { key: { state: 1, 'receipt.recordSource': 1, createdAt: 1 } }]);
  }

  /** A relay in the same process sends at once instead of at its next poll; returns the unsubscribe. */
  onAdded(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Journaled once it resolves; receipts already owed (or sent) are left as they are. */
  async add(receipts: readonly Receipt[], now: Date): Promise<void> {
    if (receipts.length === 0) return;
    const docs = receipts.map((receipt): ReceiptOutboxDoc => ({ _id: receiptId(receipt), receipt, state: 'pending', createdAt: now }));
    try {
      await this.docs.insertMany(docs, { ordered: false, writeConcern: { w: 1, j: true } });
    } catch (err) {
      const errors = (err as { writeErrors?: Array<{ code?: number }> | { code?: number } }).writeErrors;
      const list = Array.isArray(errors) ? errors : errors === undefined ? [] : [errors];
      if (list.length === 0 || list.some((e) => e.code !== DUPLICATE_KEY)) throw err;
    }
    for (const listener of this.listeners) {
      try {
        listener();
      } catch {
        // The receipts are written: a listener's trouble must not turn that into an error.
      }
    }
  }

  /**
   * The oldest pending receipts, in order; with `source`, only those owed to that source; with
   * `createdAtUpTo`, only those added by then. SecantusDB decodes every document a query matches
   * before it limits, so the receipts the query leaves out by its filter are the ones it never
   * reads: a source whose receipts pile up while it rests costs nothing to read around.
   */
  async pending(limit: number, options: PendingReceipts = {}): Promise<ReceiptOutboxDoc[]> {
    return this.pendingCursor(limit, options).toArray();
  }

  /** How the database answers `pending` (for the index tests). */
  explainPending(limit: number, options: PendingReceipts = {}): Promise<unknown> {
    return this.pendingCursor(limit, options).explain('executionStats');
  }

  private pendingCursor(limit: number, options: PendingReceipts) {
    const filter: Record<string, unknown> = { state: 'pending' };
    if (options.source !== undefined) filter['receipt.recordSource'] = options.source;
    if (options.createdAtUpTo !== undefined) filter.createdAt = { $lte: options.createdAtUpTo };
    return this.docs.find(filter).sort({ createdAt: 1 }).limit(limit);
  }

  async markSent(ids: readonly string[], at: Date): Promise<void> {
    if (ids.length === 0) return;
    await this.docs.bulkWrite(ids.map((id) => ({ updateOne: { filter: { _id: id }, update: { $set: { state: 'sent', sentAt: at } } } })), { ordered: false });
  }
}
