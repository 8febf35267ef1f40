// The outbox: one document per submitted revision, written by the api before it answers and read
// by the relay. `_id` is recordId:revision, so the insert itself decides races between concurrent
// amendments (the loser gets a duplicate key and retries with the next revision). Concurrent
// appends share one journaled insert (group-commit.ts); each still gets its own duplicate key.
import type { Connection, Model } from 'mongoose';
import { Schema } from 'mongoose';
import type { AnyRecord } from '../../domain/records/record';
import { GroupCommitter, type GroupCommitOptions } from './group-commit';

/** Who made a revision. It stays with the source: the relay sends `record`, never this. */
export interface RevisionActor {
  subject: string;
  office: string;
  roles: string[];
  requestId: string;
}

export interface OutboxDoc {
  actor?: RevisionActor;
  _id: string;
  recordId: string;
  revision: number;
  recordType: string;
  record: AnyRecord;
  /** `quarantined` (set aside): could not be encoded, too large, or a topic of it refused by the broker; kept with the reason, never retried on its own. */
  state: 'pending' | 'sent' | 'quarantined';
  createdAt: Date;
  sentAt?: Date;
  attempts: number;
  lastError?: string;
}

const outboxSchema = new Schema<OutboxDoc>(
  {
    _id: String,
    recordId: { type: String, required: true },
    revision: { type: Number, required: true },
    recordType: { type: String, required: true },
    record: { type: Schema.Types.Mixed, required: true },
    actor: { type: Schema.Types.Mixed },
    state: { type: String, required: true, enum: ['pending', 'sent', 'quarantined'] },
    createdAt: { type: Date, required: true },
    sentAt: Date,
    attempts: { type: Number, default: 0 },
    lastError: String,
  },
  { versionKey: false, collection: 'outbox', minimize: false },
);
// The relay's poll: pending documents oldest first.
outboxSchema.index({ state: 1, createdAt: 1, revision: 1 });
// The latest revision of a record (amendments) and a record's history.
outboxSchema.index({ recordId: 1, revision: -1 });

export class OutboxStore {
  readonly model: Model<OutboxDoc>;
  private readonly appends: GroupCommitter<OutboxDoc>;
  private readonly appendListeners = new Set<() => void>();

  constructor(conn: Connection, groupCommit: GroupCommitOptions = {}) {
    this.model = conn.models.Outbox ?? conn.model<OutboxDoc>('Outbox', outboxSchema);
    this.appends = new GroupCommitter<OutboxDoc>(conn.collection<OutboxDoc>(this.model.collection.collectionName), groupCommit);
  }

  /** Calls `listener` after every durable append through this store (a relay in the same process wakes on it); returns the unsubscribe. */
  onAppended(listener: () => void): () => void {
    this.appendListeners.add(listener);
    return () => this.appendListeners.delete(listener);
  }

  async init(): Promise<void> {
    await this.model.createIndexes();
  }

  /** Durable (journaled) once this resolves. Throws a duplicate-key error (11000) if the revision is taken. */
  async append(record: AnyRecord, now: Date, actor?: RevisionActor): Promise<void> {
    // Acknowledged only once in the journal (the committer's default write concern): without j the
    // database answers from memory, and a crash in the next few milliseconds loses a revision the
    // api has already answered 202 for.
    await this.appends.insert({
      ...(actor === undefined ? {} : { actor }),
      _id: `${record.meta.recordId}:${record.meta.revision}`,
      recordId: record.meta.recordId,
      revision: record.meta.revision,
      recordType: record.meta.recordType,
      record,
      state: 'pending',
      createdAt: now,
      attempts: 0,
    });
    for (const listener of this.appendListeners) {
      try {
        listener();
      } catch {
        // The revision is written: a listener's trouble must not turn that into an error.
      }
    }
  }

  async latest(recordId: string): Promise<AnyRecord | undefined> {
    const doc = await this.model.findOne({ recordId }).sort({ revision: -1 }).lean();
    return doc?.record;
  }

  /** Every revision of these records with its type and state, without content: what a receipt is checked against. */
  async revisionsOf(recordIds: readonly string[]): Promise<Array<Pick<OutboxDoc, 'recordId' | 'revision' | 'recordType' | 'state'>>> {
    if (recordIds.length === 0) return [];
    return this.model.find({ recordId: { $in: [...new Set(recordIds)] } }, { recordId: 1, revision: 1, recordType: 1, state: 1, _id: 0 }).lean();
  }

  /** The oldest pending documents, in order; with `createdAtUpTo`, only those created by then. */
  async pending(limit: number, createdAtUpTo?: Date): Promise<OutboxDoc[]> {
    return this.pendingQuery(limit, createdAtUpTo).lean();
  }

  /** How the database answers `pending` (for the index tests). */
  explainPending(limit: number, createdAtUpTo?: Date): Promise<unknown> {
    return this.pendingQuery(limit, createdAtUpTo).explain('executionStats');
  }

  private pendingQuery(limit: number, createdAtUpTo?: Date) {
    const filter = createdAtUpTo === undefined ? { state: 'pending' as const } : { state: 'pending' as const, createdAt: { $lte: createdAtUpTo } };
    return this.model.find(filter).sort({ createdAt: 1, revision: 1 }).limit(limit);
  }

  /**
   * One updateOne per document in one unordered bulk write, not an updateMany over `$in`: the
   * database marks 642 documents/s so against 421/s (a microbenchmark of 3,000 outbox documents on
   * disk), and marking is what bounds the relay.
   */
  async markSent(ids: string[], at: Date): Promise<void> {
    if (ids.length === 0) return;
    await this.model.bulkWrite(
      ids.map((id) => ({ updateOne: { filter: { _id: id }, update: { $set: { state: 'sent', sentAt: at } } } })),
      { ordered: false },
    );
  }

  async markFailed(ids: string[], error: string): Promise<void> {
    if (ids.length === 0) return;
    await this.model.updateMany({ _id: { $in: ids } }, { $inc: { attempts: 1 }, $set: { lastError: error.slice(0, 500) } });
  }

  async quarantine(id: string, error: string): Promise<void> {
    await this.model.updateOne({ _id: id }, { $set: { state: 'quarantined', lastError: error.slice(0, 500) }, $inc: { attempts: 1 } });
  }

  /** Documents set aside as unsendable, oldest first. */
  async setAside(limit: number): Promise<Array<Omit<OutboxDoc, 'record'>>> {
    return this.model.find({ state: 'quarantined' }, { record: 0 }).sort({ createdAt: 1 }).limit(limit).lean();
  }

  /** Puts a set-aside document back in line for the relay; false if there is none by that id. */
  async release(id: string): Promise<boolean> {
    const result = await this.model.updateOne({ _id: id, state: 'quarantined' }, { $set: { state: 'pending' } });
    return result.modifiedCount === 1;
  }

  async backlog(): Promise<number> {
    return this.model.countDocuments({ state: 'pending' });
  }
}
