// A read of law-enforcement data leaves a trace: who (the provider's subject, never a name), for
// which authority and office, what was asked (`target`: a plate key, a seizure id, a gate, ...),
// when, and exactly which records came back (`records`: source, id and revision of each, as many
// as the answer held, which each route bounds by its page or cap). Every route whose answer can
// carry a plate, a VIN, identity data or free text about people writes one entry per request.
// Entries share the `audit` collection with the projector's signature failures, told apart by kind.
import type { ViewDocument } from '@bex/view';
import type { RecordTypeName } from '@bex/shared';
import type { Position } from './page-cursor';

/**
 * plate-lookup: GET /v1/plates/:plate, target the plate key. seizure-read: GET
 * /v1/seizure-cases/:id, target the id asked for (misses too). alert-list: GET /v1/alerts, target
 * the gate. hit-list: GET /v1/alert-hits/mine, target the authority whose alerts were hit.
 * audit-read: GET /v1/audit (its entries name plates and people's subjects), target the filter.
 */
export const AUDIT_ACTIONS = ['plate-lookup', 'seizure-read', 'alert-list', 'alert-read', 'match-list', 'hit-list', 'hit-read', 'audit-read'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const READ_KIND = 'read';

/** A record an answer returned: a view record by type, source, id and revision; or an audit entry. */
export interface AuditedRecord {
  type: RecordTypeName | 'AuditEntry';
  source: string;
  id: string;
  revision?: number;
}

export interface AuditEntry {
  kind: typeof READ_KIND;
  at: Date;
  actor: string;
  authority: string;
  office: string;
  action: AuditAction;
  target: string;
  /** records.length; kept for the entries written before `records` existed. */
  resultCount: number;
  /** Absent only from entries written before it existed. */
  records?: AuditedRecord[];
  requestId: string;
}

export interface Reader {
  subject: string;
  authority: string;
  office: string;
}

export function readEntry(who: Reader, action: AuditAction, target: string, records: readonly AuditedRecord[], requestId: string, at: Date): AuditEntry {
  return {
    kind: READ_KIND, at, actor: who.subject, authority: who.authority, office: who.office, action, target,
    resultCount: records.length, records: [...records], requestId,
  };
}

/** The view records of an answer, as the audit names them. */
export function viewRecords(type: RecordTypeName, docs: readonly ViewDocument[]): AuditedRecord[] {
  return docs.map((d) => ({ type, source: d.source, id: d.recordId, revision: d.revision }));
}

export interface AuditFilter {
  from?: number;
  to?: number;
  actor?: string;
  action?: AuditAction;
  limit: number;
  after?: Position;
}
