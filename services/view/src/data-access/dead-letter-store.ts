// Records the projector must refuse, kept in the view's database (for admins) and published on the
// authority's dead-letter topic (for tools). What is kept depends on why: a record refused on
// agreement, redaction or recipient grounds is one this authority may not hold, so only its reason,
// position, headers, length and SHA-256 are kept, never its bytes; bytes that could not be decoded
// or verified may be kept for investigation, readable by admins only, until `valueKeptUntil`. The
// id is the record's position in Kafka, so a redelivery after a crash writes the same entry again.
import type { Connection } from 'mongoose';

export interface DeadLetter {
  _id: string;
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  reason: string;
  detail: string;
  headers: Record<string, string>;
  valueLength: number;
  valueSha256: string | null;
  /** Only for records that could not be decoded or verified, and only until valueKeptUntil. */
  value: Buffer | null;
  valueKeptUntil?: Date;
  receivedAt: Date;
}

export class DeadLetterStore {
  constructor(private readonly conn: Connection) {}

  private get deadLetters() {
    return this.conn.collection<DeadLetter>('dead_letters');
  }

  async init(): Promise<void> {
    await this.deadLetters.createIndexes([{ key: { reason: 1, receivedAt: -1 } }, { key: { receivedAt: -1 } }, { key: { valueKeptUntil: 1 }, sparse: true }]);
    await this.conn.collection('audit').createIndexes([{ key: { at: -1 } }, { key: { kind: 1, at: -1 } }]);
  }

  async save(letters: DeadLetter[]): Promise<void> {
    if (letters.length === 0) return;
    await this.deadLetters.bulkWrite(
      letters.map((l) => ({ replaceOne: { filter: { _id: l._id }, replacement: l, upsert: true } })),
      { ordered: false },
    );
    // A forged or broken signature is a security event, not only a bad record.
    const suspicious = letters.filter((l) => l.reason.startsWith('signature-'));
    if (suspicious.length > 0) {
      await this.conn.collection('audit').insertMany(
        suspicious.map((l) => ({ kind: 'signature-failure', at: l.receivedAt, topic: l.topic, offset: l.offset, reason: l.reason, detail: l.detail })),
      );
    }
  }

  /** Drops the kept bytes whose time is up; the entry (reason, digest) stays. */
  async dropExpiredBytes(now: Date): Promise<number> {
    const result = await this.deadLetters.updateMany({ valueKeptUntil: { $lte: now } }, { $set: { value: null }, $unset: { valueKeptUntil: '' } });
    return result.modifiedCount;
  }

  /** Newest first, without the kept bytes; `hasBytes` where they are still kept (valueKeptUntil set). */
  async list(filter: { reason?: string; limit: number }): Promise<Array<Omit<DeadLetter, 'value'> & { hasBytes: boolean }>> {
    const docs = await this.deadLetters
      .find(filter.reason ? { reason: filter.reason } : {}, { projection: { value: 0 } })
      .sort({ receivedAt: -1 })
      .limit(filter.limit)
      .toArray();
    return docs.map((d) => ({ ...(d as Omit<DeadLetter, 'value'>), hasBytes: d.valueKeptUntil !== undefined }));
  }

  async byIds(ids: readonly string[]): Promise<DeadLetter[]> {
    return this.deadLetters.find({ _id: { $in: [...ids] } }).toArray();
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await this.deadLetters.deleteMany({ _id: { $in: [...ids] } });
  }

  async count(filter: Partial<Pick<DeadLetter, 'reason' | 'topic'>> = {}): Promise<number> {
    return this.deadLetters.countDocuments(filter);
  }
}
