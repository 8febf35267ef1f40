// Records the projector must refuse: kept with the reason and the original bytes and headers, in
// the view's database (for admins) and on the authority's dead-letter topic (for tools). The id is
// the record's position in Kafka, so a redelivery after a crash writes the same entry again.
import type { Connection } from 'mongoose';

export interface DeadLetter {
  _id: string;
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  reason: string;
  detail: string;
  value: Buffer | null;
  headers: Record<string, string>;
  receivedAt: Date;
}

export class DeadLetterStore {
  constructor(private readonly conn: Connection) {}

  private get deadLetters() {
    return this.conn.collection<DeadLetter>('dead_letters');
  }

  async init(): Promise<void> {
    await this.deadLetters.createIndexes([{ key: { reason: 1, receivedAt: -1 } }, { key: { receivedAt: -1 } }]);
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

  async count(filter: Partial<Pick<DeadLetter, 'reason' | 'topic'>> = {}): Promise<number> {
    return this.deadLetters.countDocuments(filter);
  }
}
