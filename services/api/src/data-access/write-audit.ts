// The audit of writes: one entry per revision, naming who made it. The outbox document holds the
// same actor, written in the same insert as the revision, so the audit entry is a second copy for
// the admins' reports; if it cannot be written the revision still stands (and is not written twice).
// Entries of concurrent requests share one journaled insert with the read audit's (audit-appends.ts).
import type { AnyRecord, RevisionActor } from '@bex/shared';
import type { AuditAppends } from './audit-appends';

export const WRITE_KIND = 'write';

export interface WriteAuditEntry {
  kind: typeof WRITE_KIND;
  at: Date;
  actor: string;
  office: string;
  roles: string[];
  requestId: string;
  recordType: string;
  recordId: string;
  revision: number;
  status: string;
}

export function writeEntry(record: AnyRecord, actor: RevisionActor, at: Date): WriteAuditEntry {
  const { meta } = record;
  return {
    kind: WRITE_KIND, at, actor: actor.subject, office: actor.office, roles: actor.roles, requestId: actor.requestId,
    recordType: meta.recordType, recordId: meta.recordId, revision: meta.revision, status: meta.status,
  };
}

export class WriteAudit {
  constructor(private readonly appends: AuditAppends) {}

  /** Journaled once this resolves. */
  async record(entry: WriteAuditEntry): Promise<void> {
    await this.appends.insert({ ...entry });
  }
}
