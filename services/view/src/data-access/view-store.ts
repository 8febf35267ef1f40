// The authority's view: one collection per record type, with the indexes its users' queries need.
// Writes are one unordered bulkWrite per batch, guarded by revision: an upsert that finds a newer
// revision collides on _id (duplicate key), which means "already newer" and is not a failure.
import { isDatabaseUnavailable, latestPerRecord, type RecordTypeName } from '@bex/shared';
import type { Collection, Connection } from 'mongoose';
import { CONTENT_FIELDS, type ViewDocument } from '../domain/view-document';
import { migrateToSourceKeys } from './view-key-migration';

export const VIEW_COLLECTIONS: Record<RecordTypeName, string> = {
  SeizureCase: 'seizure_cases',
  VehicleRiskAlert: 'vehicle_alerts',
  AlertHit: 'alert_hits',
  PolicyChange: 'policy_changes',
};

type IndexSpec = Record<string, 1 | -1>;

/** What a write did: how many documents changed, and the documents the database refused, each with why. */
export interface Applied {
  changed: number;
  refused: Array<{ doc: ViewDocument; error: string }>;
}

// Lists are newest first with _id breaking ties (keyset pagination), so the time indexes end in
// _id: the index gives the whole order and a page reads only its own entries.
const INDEXES: Record<RecordTypeName, IndexSpec[]> = {
  SeizureCase: [
    { plateKeys: 1, occurredAt: -1, _id: -1 },
    { occurredAt: -1, _id: -1 },
    { gates: 1, occurredAt: -1, _id: -1 },
    { categories: 1, occurredAt: -1, _id: -1 },
    { source: 1, occurredAt: -1, _id: -1 },
    { month: 1, categories: 1 },
  ],
  // { source } finds the alerts this authority issued, whose hits are "mine".
  // { vehicleKeys } is cross-gate matching's one read per batch (match-store.ts).
  VehicleRiskAlert: [{ plateKeys: 1, status: 1, validUntil: 1 }, { vehicleKeys: 1 }, { gates: 1, status: 1, validUntil: 1 }, { status: 1, validUntil: 1 }, { source: 1 }],
  AlertHit: [{ alertId: 1, occurredAt: -1, _id: -1 }, { occurredAt: -1 }, { gates: 1, occurredAt: -1 }],
  PolicyChange: [{ gates: 1, validFrom: 1 }, { status: 1, validFrom: 1 }],
};

export class ViewStore {
  constructor(private readonly conn: Connection) {}

  collection(type: RecordTypeName): Collection<ViewDocument> {
    return this.conn.collection<ViewDocument>(VIEW_COLLECTIONS[type]);
  }

  async init(): Promise<void> {
    await migrateToSourceKeys(this.conn, Object.values(VIEW_COLLECTIONS));
    for (const [type, specs] of Object.entries(INDEXES) as [RecordTypeName, IndexSpec[]][]) {
      // Every type: a record by its id (details, links), and the retention sweep.
      const everyType: IndexSpec[] = [{ recordId: 1, source: 1 }, { retainUntil: 1 }];
      await this.collection(type).createIndexes([...specs, ...everyType].map((key) => ({ key })));
    }
  }

  /** Which of these keys (source:recordId) the view holds; one indexed read. */
  async heldKeys(type: RecordTypeName, keys: string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const docs = await this.collection(type).find({ _id: { $in: keys } }, { projection: { _id: 1 } }).toArray();
    return new Set(docs.map((d) => d._id));
  }

  /**
   * Drops the content of every record whose retainUntil has passed, keeping its tombstone. Only
   * documents that still hold content carry retainUntil, so the sweep reads an index, not the view.
   */
  async purgeExpired(type: RecordTypeName, now: Date): Promise<number> {
    const unset = Object.fromEntries(CONTENT_FIELDS.map((f) => [f, ''] as const)) as Record<string, ''>;
    const result = await this.collection(type).updateMany(
      { retainUntil: { $lte: now.getTime() } },
      { $set: { record: null, tombstone: { reason: 'RETENTION_ENDED', at: now.getTime() } }, $unset: unset },
    );
    return result.modifiedCount;
  }

  /** Drops every view collection (for a rebuild); outbox, dead letters and audit are kept. */
  async drop(): Promise<void> {
    const existing = new Set((await this.conn.db!.listCollections().toArray()).map((c) => c.name));
    for (const name of Object.values(VIEW_COLLECTIONS)) if (existing.has(name)) await this.conn.db!.dropCollection(name);
  }

  /**
   * Applies what is newer than the view holds. A document the database refuses (a key it cannot
   * store, a size it will not take) must not take the others with it: the batch is then written one
   * document at a time, and each refused one is returned for the caller to dead-letter. Only a
   * database that does not answer is thrown, to be retried.
   */
  async apply(type: RecordTypeName, docs: ViewDocument[]): Promise<Applied> {
    const latest = latestPerRecord(docs, (d) => d._id, (d) => d.revision);
    if (latest.length === 0) return { changed: 0, refused: [] };
    try {
      return { changed: await this.write(type, latest), refused: [] };
    } catch (err) {
      if (isDatabaseUnavailable(err)) throw err;
    }
    const applied: Applied = { changed: 0, refused: [] };
    for (const doc of latest) {
      try {
        applied.changed += await this.write(type, [doc]);
      } catch (err) {
        if (isDatabaseUnavailable(err)) throw err;
        applied.refused.push({ doc, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
      }
    }
    return applied;
  }

  private async write(type: RecordTypeName, latest: ViewDocument[]): Promise<number> {
    const ops = latest.map((doc) => ({
      replaceOne: { filter: { _id: doc._id, revision: { $lt: doc.revision } }, replacement: doc, upsert: true },
    }));
    try {
      // Journaled before it resolves: the consumer commits its offsets right after, and a view
      // write the database acknowledged from memory is lost with it if the database dies then.
      const result = await this.collection(type).bulkWrite(ops, { ordered: false, writeConcern: { w: 'majority', j: true } });
      return result.upsertedCount + result.modifiedCount;
    } catch (err) {
      const writeErrors = (err as { writeErrors?: { code: number }[] | { code: number } }).writeErrors;
      const errors = writeErrors === undefined ? undefined : Array.isArray(writeErrors) ? writeErrors : [writeErrors];
      if (errors && errors.length > 0 && errors.every((e) => e.code === 11000)) {
        const result = (err as { result?: { upsertedCount?: number; modifiedCount?: number } }).result;
        return (result?.upsertedCount ?? 0) + (result?.modifiedCount ?? 0);
      }
      throw err;
    }
  }
}
