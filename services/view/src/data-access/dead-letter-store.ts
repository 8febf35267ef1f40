// Records the projector must refuse, kept in the view's database (for admins) and published on the
// authority's dead-letter topic (for tools). What is kept depends on why: a record refused on
// agreement, redaction or recipient grounds is one this authority may not hold, so only its reason,
// position, headers, length and SHA-256 are kept, never its bytes; bytes that could not be decoded
// or verified may be kept for investigation, readable by admins only, until `valueKeptUntil`. The
// id is the record's position in Kafka, so a redelivery after a crash writes the same entry again.
import type { Connection } from 'mongoose';
import { budgetGroups, keptWhole } from '../domain/dead-letter-budget';

export interface DeadLetter {
  _id: string;
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  reason: string;
  detail: string;
  /** Header names percent-encoded where a document key cannot hold them; bounded (storable-headers.ts). */
  headers: Record<string, string>;
  /** How many headers were left out or cut to their bound. */
  headersCut?: number;
  /** The authority the message's bex-source header names, or 'unattributed': what the budget counts by, never believed. */
  claimedSource: string;
  valueLength: number;
  valueSha256: string | null;
  /** Only for records that could not be decoded or verified, and only until valueKeptUntil. */
  value: Buffer | null;
  valueKeptUntil?: Date;
  receivedAt: Date;
}

/** Letters beyond a source's hourly budget: counted per source, hour and reason, with the first few samples. */
export interface DeadLetterCount {
  _id: string;
  claimedSource: string;
  hour: string;
  reason: string;
  count: number;
  samples: Array<{ topic: string; partition: number; offset: string; valueSha256: string | null }>;
  lastAt: Date;
}

export interface DeadLetterStoreOptions {
  /** Letters kept whole per claimed source and hour (BEX_DEAD_LETTERS_PER_SOURCE_HOUR); default 1000. */
  perSourceHour?: number;
}

export const DEFAULT_DEAD_LETTERS_PER_SOURCE_HOUR = 1000;
const SAMPLES_PER_COUNT = 20;

export class DeadLetterStore {
  private readonly perSourceHour: number;

  constructor(
    private readonly conn: Connection,
    opts: DeadLetterStoreOptions = {},
  ) {
    this.perSourceHour = opts.perSourceHour ?? DEFAULT_DEAD_LETTERS_PER_SOURCE_HOUR;
  }

  private get deadLetters() {
    return this.conn.collection<DeadLetter>('dead_letters');
  }

  private get budget() {
    return this.conn.collection<{ _id: string; used: number }>('dead_letter_budget');
  }

  private get counts() {
    return this.conn.collection<DeadLetterCount>('dead_letter_counts');
  }

  async init(): Promise<void> {
    await this.deadLetters.createIndexes([{ key: { reason: 1, receivedAt: -1 } }, { key: { receivedAt: -1 } }, { key: { valueKeptUntil: 1 }, sparse: true }]);
    await this.conn.collection('audit').createIndexes([{ key: { at: -1 } }, { key: { kind: 1, at: -1 } }]);
  }

  /**
   * Keeps each source's letters whole up to its hourly budget and counts the rest (dead-letter-budget.ts).
   * Returns the letters kept whole: only those are published on the dead-letter topic.
   */
  async save(letters: DeadLetter[]): Promise<DeadLetter[]> {
    if (letters.length === 0) return [];
    const whole: DeadLetter[] = [];
    const counted: DeadLetter[] = [];
    for (const [id, group] of budgetGroups(letters)) {
      const before = await this.budget.findOneAndUpdate({ _id: id }, { $inc: { used: group.letters.length } }, { upsert: true, returnDocument: 'before' });
      const fit = keptWhole(before?.used ?? 0, group.letters.length, this.perSourceHour);
      whole.push(...group.letters.slice(0, fit));
      counted.push(...group.letters.slice(fit));
    }
    await this.keepWhole(whole);
    await this.countBeyondBudget(counted);
    return whole;
  }

  /** Re-saves letters that are already kept whole (a re-drive that refused them again). */
  async replace(letters: DeadLetter[]): Promise<void> {
    await this.keepWhole(letters);
  }

  private async keepWhole(letters: DeadLetter[]): Promise<void> {
    if (letters.length === 0) return;
    await this.deadLetters.bulkWrite(
      letters.map((l) => ({ replaceOne: { filter: { _id: l._id }, replacement: l, upsert: true } })),
      { ordered: false },
    );
    // A forged or broken signature is a security event, not only a bad record. One entry per
    // position: a batch replayed after a crash, or re-driven, does not audit the same message again.
    const suspicious = letters.filter((l) => l.reason.startsWith('signature-'));
    if (suspicious.length > 0) {
      await this.conn.collection<{ _id: string }>('audit').bulkWrite(
        suspicious.map((l) => ({
          updateOne: {
            filter: { _id: `signature-failure:${l._id}` },
            update: { $setOnInsert: { kind: 'signature-failure', at: l.receivedAt, topic: l.topic, offset: l.offset, reason: l.reason, detail: l.detail } },
            upsert: true,
          },
        })),
        { ordered: false },
      );
    }
  }

  private async countBeyondBudget(letters: DeadLetter[]): Promise<void> {
    if (letters.length === 0) return;
    const byReason = new Map<string, DeadLetter[]>();
    for (const l of letters) {
      const key = `${l.claimedSource}:${l.receivedAt.toISOString().slice(0, 13)}:${l.reason}`;
      byReason.set(key, [...(byReason.get(key) ?? []), l]);
    }
    await this.counts.bulkWrite(
      [...byReason].map(([id, group]) => {
        const first = group[0]!;
        return {
          updateOne: {
            filter: { _id: id },
            update: {
              $setOnInsert: { claimedSource: first.claimedSource, hour: first.receivedAt.toISOString().slice(0, 13), reason: first.reason },
              $inc: { count: group.length },
              $max: { lastAt: group.at(-1)!.receivedAt },
              $push: {
                samples: {
                  $each: group.slice(0, SAMPLES_PER_COUNT).map((l) => ({ topic: l.topic, partition: l.partition, offset: l.offset, valueSha256: l.valueSha256 })),
                  $slice: SAMPLES_PER_COUNT,
                },
              },
            },
            upsert: true,
          },
        };
      }),
      { ordered: false },
    );
  }

  /** What was counted beyond the sources' budgets, newest hour first. */
  async countedBeyondBudget(limit = 100): Promise<DeadLetterCount[]> {
    return this.counts.find({}).sort({ hour: -1, count: -1 }).limit(limit).toArray();
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

  /** Letters kept whole; those counted beyond a budget are in countedBeyondBudget. */
  async count(filter: Partial<Pick<DeadLetter, 'reason' | 'topic'>> = {}): Promise<number> {
    return this.deadLetters.countDocuments(filter);
  }
}
