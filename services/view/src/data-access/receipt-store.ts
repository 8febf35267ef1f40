// What partners reported back about this authority's own records: one document per receipt id,
// written by the projector once a receipt is verified and believed (admit-receipt.ts), read by
// the api. The first report of a fact wins: a receipt sent again changes nothing.
import type { Connection } from 'mongoose';
import { receiptId, type Receipt } from '@bex/shared';

export interface StoredReceipt {
  _id: string;
  recordId: string;
  recordType: string;
  revision: number;
  from: string;
  kind: Receipt['kind'];
  /** When it happened, by the partner's clock. */
  at: number;
  actionRecordId: string | null;
  actionRecordType: string | null;
  /** When this authority took the receipt in, by its own clock. */
  receivedAt: Date;
}

export class ReceiptStore {
  constructor(private readonly conn: Connection) {}

  private get receipts() {
    return this.conn.collection<StoredReceipt>('record_receipts');
  }

  async init(): Promise<void> {
    await this.receipts.createIndexes([{ key: { recordId: 1, from: 1 } }, { key: { kind: 1, recordId: 1 } }]);
  }

  async save(receipts: readonly Receipt[], receivedAt: Date): Promise<void> {
    if (receipts.length === 0) return;
    await this.receipts.bulkWrite(
      receipts.map((r) => {
        const doc: StoredReceipt = {
          _id: receiptId(r), recordId: r.recordId, recordType: r.recordType, revision: r.revision, from: r.from, kind: r.kind, at: r.at,
          actionRecordId: r.actionRecordId ?? null, actionRecordType: r.actionRecordType ?? null, receivedAt,
        };
        return { updateOne: { filter: { _id: doc._id }, update: { $setOnInsert: doc }, upsert: true } };
      }),
      { ordered: false },
    );
  }

  async forRecord(recordId: string): Promise<StoredReceipt[]> {
    return this.receipts.find({ recordId }).sort({ at: 1 }).toArray();
  }

  /** Which of these records each partner has VIEWED: record id → partners. */
  async viewedBy(recordIds: readonly string[]): Promise<Map<string, Set<string>>> {
    const viewed = new Map<string, Set<string>>();
    if (recordIds.length === 0) return viewed;
    for (const r of await this.receipts.find({ kind: 'VIEWED', recordId: { $in: [...recordIds] } }, { projection: { recordId: 1, from: 1 } }).toArray()) {
      viewed.set(r.recordId, (viewed.get(r.recordId) ?? new Set()).add(r.from));
    }
    return viewed;
  }
}
