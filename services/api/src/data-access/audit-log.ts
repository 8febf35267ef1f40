// The read audit: append-only by construction. This class is the api's only access to the `audit`
// collection and it has no update or delete; each audited read is one entry, awaited before the
// data leaves, so a read that cannot be recorded is not served. Entries of concurrent requests
// share one journaled insert (a group commit), each answered once its own entry is durable.
import { GroupCommitter, type GroupCommitOptions } from '@bex/shared';
import type { Connection, mongo } from 'mongoose';
import { READ_KIND, type AuditEntry, type AuditFilter } from '../domain/audit-entry';

export type StoredAuditEntry = AuditEntry & { _id: mongo.ObjectId };

export class AuditLog {
  private readonly appends: GroupCommitter<mongo.Document>;

  constructor(
    private readonly conn: Connection,
    groupCommit: GroupCommitOptions = {},
  ) {
    this.appends = new GroupCommitter(conn.collection('audit'), groupCommit);
  }

  private get audit() {
    return this.conn.collection<AuditEntry>('audit');
  }

  async init(): Promise<void> {
    // { kind, at } is the projector's; these serve the admins' filters by actor and by action.
    await this.audit.createIndexes([{ key: { kind: 1, at: -1 } }, { key: { kind: 1, actor: 1, at: -1 } }, { key: { kind: 1, action: 1, at: -1 } }]);
  }

  async record(entry: AuditEntry): Promise<void> {
    // Journaled before the data leaves: a read the database forgot after a crash was never audited.
    await this.appends.insert({ ...entry });
  }

  /** Read entries newest first; one more than the limit, so the caller can tell if more follow. */
  async query(f: AuditFilter): Promise<StoredAuditEntry[]> {
    const { filter, residual } = shapeOf(f);
    const cursor = this.audit.find(filter).sort({ at: -1, _id: -1 }).batchSize(f.limit + 1);
    const out: StoredAuditEntry[] = [];
    try {
      for await (const entry of cursor) {
        if (residual(entry as StoredAuditEntry)) out.push(entry as StoredAuditEntry);
        if (out.length > f.limit) break;
      }
    } finally {
      await cursor.close();
    }
    return out;
  }

  explain(f: AuditFilter): Promise<unknown> {
    return this.audit.find(shapeOf(f).filter).sort({ at: -1, _id: -1 }).limit(f.limit + 1).explain();
  }
}

// As the view's queries (domain/view-query.ts): the filter names only fields of one index
// ({kind, actor, at}, {kind, action, at} or {kind, at}); the rest is checked on what it yields.
function shapeOf(f: AuditFilter): { filter: mongo.Filter<AuditEntry>; residual: (e: StoredAuditEntry) => boolean } {
  const filter: Record<string, unknown> = { kind: READ_KIND };
  const checks: Array<(e: StoredAuditEntry) => boolean> = [];
  const at: Record<string, Date> = {};
  if (f.from !== undefined) at.$gte = new Date(f.from);
  if (f.to !== undefined) at.$lt = new Date(f.to);
  if (f.actor !== undefined) filter.actor = f.actor;
  if (f.action !== undefined) {
    if (f.actor === undefined) filter.action = f.action;
    else checks.push((e) => e.action === f.action);
  }
  if (f.after !== undefined) {
    // As domain/page-cursor.ts `after`, with the stored types: a Date and an ObjectId.
    const key = new Date(f.after.key);
    const id = f.after.id;
    at.$lte = key;
    checks.push((e) => e.at.getTime() < key.getTime() || e._id.toHexString() < id);
  }
  if (Object.keys(at).length > 0) filter.at = at;
  return { filter: filter as mongo.Filter<AuditEntry>, residual: (e) => checks.every((c) => c(e)) };
}
