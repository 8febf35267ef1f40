// What partners reported back about this authority's own records: one document per receipt id,
// written by the projector once a receipt is verified and believed (admit-receipt.ts), read by
// the api. The first report of a fact wins: a receipt sent again changes nothing.
import type { Connection } from 'mongoose';
import { receiptId, type Receipt } from '@bex/shared';
import { DEFAULT_ACTIONED_PER_RECORD_AND_PARTNER, withinActionCap } from '../domain/action-cap';

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

/** ACTIONED receipts a partner sent about one record beyond the cap: counted, not kept. */
export interface ReceiptsBeyondCap {
  _id: string;
  recordId: string;
  from: string;
  count: number;
  lastAt: Date;
}

export interface ReceiptStoreOptions {
  /** ACTIONED receipts kept per record and partner (action-cap.ts). */
  actionedPerRecordAndPartner?: number;
}

export class ReceiptStore {
  private readonly actionCap: number;

  constructor(
    private readonly conn: Connection,
    opts: ReceiptStoreOptions = {},
  ) {
    this.actionCap = opts.actionedPerRecordAndPartner ?? DEFAULT_ACTIONED_PER_RECORD_AND_PARTNER;
  }

  private get receipts() {
    return this.conn.collection<StoredReceipt>('record_receipts');
  }

  private get beyondCap() {
    return this.conn.collection<ReceiptsBeyondCap>('record_receipts_beyond_cap');
  }

  async init(): Promise<void> {
    await this.receipts.createIndexes([{ key: { recordId: 1, from: 1 } }, { key: { kind: 1, recordId: 1 } }, { key: { recordId: 1, kind: 1, at: 1, _id: 1 } }]);
  }

  async save(all: readonly Receipt[], receivedAt: Date): Promise<void> {
    const receipts = await this.capActioned(all, receivedAt);
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

  /**
   * Keeps ACTIONED receipts within the cap per record and partner; the excess is counted. Receipts
   * already stored are left to the upsert (a replay changes nothing), so they never use up room.
   */
  private async capActioned(receipts: readonly Receipt[], receivedAt: Date): Promise<Receipt[]> {
    const actioned = receipts.filter((r) => r.kind === 'ACTIONED');
    if (actioned.length === 0) return [...receipts];
    const ids = actioned.map(receiptId);
    const known = new Set((await this.receipts.find({ _id: { $in: ids } }, { projection: { _id: 1 } }).toArray()).map((d) => d._id));
    const fresh = new Map<string, Receipt[]>();
    for (const r of actioned) {
      if (known.has(receiptId(r))) continue;
      const key = `${r.recordId}:${r.from}`;
      if (!(fresh.get(key) ?? []).some((o) => receiptId(o) === receiptId(r))) fresh.set(key, [...(fresh.get(key) ?? []), r]);
    }
    const beyond = new Set<Receipt>();
    for (const [key, group] of fresh) {
      const first = group[0]!;
      const stored = await this.receipts.countDocuments({ recordId: first.recordId, from: first.from, kind: 'ACTIONED' });
      const split = withinActionCap(stored, group, this.actionCap);
      if (split.beyond.length === 0) continue;
      split.beyond.forEach((r) => beyond.add(r));
      await this.beyondCap.updateOne(
        { _id: key },
        { $setOnInsert: { recordId: first.recordId, from: first.from }, $inc: { count: split.beyond.length }, $max: { lastAt: receivedAt } },
        { upsert: true },
      );
    }
    return receipts.filter((r) => !beyond.has(r));
  }

  /** A record's DELIVERED and VIEWED receipts: bounded by its revisions and partners, so read whole. */
  async factsOf(recordId: string): Promise<StoredReceipt[]> {
    return this.receipts.find({ recordId, kind: { $in: ['DELIVERED', 'VIEWED'] } }).sort({ at: 1, _id: 1 }).toArray();
  }

  /** One page of a record's ACTIONED receipts, oldest first; `after` is the last one of the page before. */
  async actionsOf(recordId: string, page: { limit: number; after?: { at: number; id: string } }): Promise<StoredReceipt[]> {
    const after = page.after === undefined ? {} : { $or: [{ at: { $gt: page.after.at } }, { at: page.after.at, _id: { $gt: page.after.id } }] };
    return this.receipts.find({ recordId, kind: 'ACTIONED', ...after }).sort({ at: 1, _id: 1 }).limit(page.limit).toArray();
  }

  /** How many ACTIONED receipts each partner sent about this record beyond the cap. */
  async countedBeyondCap(recordId: string): Promise<Array<{ from: string; count: number }>> {
    return (await this.beyondCap.find({ recordId }).toArray()).map((d) => ({ from: d.from, count: d.count }));
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
