// Views written before records were keyed by source and id held them under the record id alone.
// This re-keys them once: each old document is written under source:recordId (with the same
// revision guard the projector uses) and only then removed, so a crash halfway leaves every record
// readable and the next start finishes the job. A marker makes later starts skip the scan.
import { recordKey } from '@bex/shared';
import type { Connection } from 'mongoose';

const MARKER = 'view-keys-source-and-id';
const BATCH = 500;

interface OldDocument {
  _id: string;
  source: string;
  revision: number;
  withdrawnAt?: number;
  record: unknown;
  [field: string]: unknown;
}

export async function migrateToSourceKeys(conn: Connection, collections: readonly string[]): Promise<number> {
  const markers = conn.collection<{ _id: string; at: Date }>('view_migrations');
  if (await markers.findOne({ _id: MARKER })) return 0;
  let moved = 0;
  for (const name of collections) {
    const collection = conn.collection<OldDocument>(name);
    for (;;) {
      const old = await collection.find({ recordId: { $exists: false } }).limit(BATCH).toArray();
      if (old.length === 0) break;
      await collection.bulkWrite(
        old.map(({ _id, withdrawnAt, ...rest }) => {
          const key = recordKey(rest.source, _id);
          const tombstone = rest.record === null ? { tombstone: { reason: 'WITHDRAWN', at: withdrawnAt ?? 0 } } : {};
          return { replaceOne: { filter: { _id: key, revision: { $lt: rest.revision } }, replacement: { ...rest, recordId: _id, ...tombstone }, upsert: true } };
        }),
        { ordered: false },
      ).catch((err: { writeErrors?: unknown }) => {
        // A duplicate key means the new key already holds a newer revision: nothing to move.
        if (!err.writeErrors) throw err;
      });
      await collection.deleteMany({ _id: { $in: old.map((d) => d._id) } });
      moved += old.length;
    }
  }
  await markers.updateOne({ _id: MARKER }, { $set: { at: new Date() } }, { upsert: true });
  return moved;
}
