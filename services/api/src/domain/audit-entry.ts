// A read of law-enforcement data leaves a trace: who (the provider's subject, never a name), for
// which authority and office, what (a plate key or a seizure id), when, and how much came back.
// Entries share the `audit` collection with the projector's signature failures, told apart by kind.
import type { Position } from './page-cursor';

export const AUDIT_ACTIONS = ['plate-lookup', 'seizure-read'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const READ_KIND = 'read';

export interface AuditEntry {
  kind: typeof READ_KIND;
  at: Date;
  actor: string;
  authority: string;
  office: string;
  action: AuditAction;
  target: string;
  resultCount: number;
  requestId: string;
}

export interface Reader {
  subject: string;
  authority: string;
  office: string;
}

export function readEntry(who: Reader, action: AuditAction, target: string, resultCount: number, requestId: string, at: Date): AuditEntry {
  return { kind: READ_KIND, at, actor: who.subject, authority: who.authority, office: who.office, action, target, resultCount, requestId };
}

export interface AuditFilter {
  from?: number;
  to?: number;
  actor?: string;
  action?: AuditAction;
  limit: number;
  after?: Position;
}
