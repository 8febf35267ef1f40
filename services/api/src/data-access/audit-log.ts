// The read audit: append-only by construction. This class is the api's only access to the `audit`
// collection and it has no update or delete; each audited read is one insertOne, awaited before
// the data leaves, so a read that cannot be recorded is not served.
import { Types, type Connection, type mongo } from 'mongoose';
import { READ_KIND, type AuditEntry, type AuditFilter } from '../domain/audit-entry';

export type StoredAuditEntry = AuditEntry & { _id: mongo.ObjectId };

export class AuditLog {
  constructor(private readonly conn: Connection) {}

  private get audit() {
    return this.conn.collection<AuditEntry>('audit');
  }

  async init(): Promise<void> {
    // { kind, at } is the projector's; these serve the admins' filters by actor and by action.
    await this.audit.createIndexes([{ key: { kind: 1, at: -1 } }, { key: { kind: 1, actor: 1, at: -1 } }, { key: { kind: 1, action: 1, at: -1 } }]);
  }

  async record(entry: AuditEntry): Promise<void> {
    await this.audit.insertOne({ ...entry });
  }

  /** Read entries newest first; one more than the limit, so the caller can tell if more follow. */
  async query(f: AuditFilter): Promise<StoredAuditEntry[]> {
    return (await this.find(f).toArray()) as StoredAuditEntry[];
  }

  explain(f: AuditFilter): Promise<unknown> {
    return this.find(f).explain();
  }

  private find(f: AuditFilter) {
    return this.audit.find(filterOf(f)).sort({ at: -1, _id: -1 }).limit(f.limit + 1).hint(indexFor(f));
  }
}

// Named for the same reason as the view's queries (domain/view-query.ts).
function indexFor(f: AuditFilter): Record<string, 1 | -1> {
  if (f.actor !== undefined) return { kind: 1, actor: 1, at: -1 };
  if (f.action !== undefined) return { kind: 1, action: 1, at: -1 };
  return { kind: 1, at: -1 };
}

function filterOf(f: AuditFilter): mongo.Filter<AuditEntry> {
  const filter: Record<string, unknown> = { kind: READ_KIND };
  const at: Record<string, Date> = {};
  if (f.from !== undefined) at.$gte = new Date(f.from);
  if (f.to !== undefined) at.$lt = new Date(f.to);
  if (f.actor !== undefined) filter.actor = f.actor;
  if (f.action !== undefined) filter.action = f.action;
  if (f.after !== undefined) {
    // As domain/page-cursor.ts `after`, with the stored types: a Date and an ObjectId.
    const key = new Date(f.after.key);
    at.$lte = key;
    filter.$or = /^[0-9a-f]{24}$/.test(f.after.id) ? [{ at: { $lt: key } }, { _id: { $lt: new Types.ObjectId(f.after.id) } }] : [{ at: { $lt: key } }];
  }
  if (Object.keys(at).length > 0) filter.at = at;
  return filter as mongo.Filter<AuditEntry>;
}
