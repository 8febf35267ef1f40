// The one way entries enter the `audit` collection: read and write entries of concurrent requests
// are grouped into one journaled insert (a group commit), each caller answered once its own entry
// is durable. The api makes one per database and gives it to the read and the write audit.
import { GroupCommitter, type GroupCommitOptions } from '@bex/shared';
import type { Connection, mongo } from 'mongoose';

export type AuditAppends = GroupCommitter<mongo.Document>;

export function auditAppends(conn: Connection, options: GroupCommitOptions = {}): AuditAppends {
  return new GroupCommitter(conn.collection('audit'), options);
}
