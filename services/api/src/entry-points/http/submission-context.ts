// What the submission routes share: who this api speaks for, where it writes, what time it is,
// and the one shape of a 202 answer.
import type { Request, Response } from 'express';
import type { AnyRecord, AuthorityCode, RecordTypeName, RevisionActor } from '@bex/shared';
import type { RevisionWriter } from '../../data-access/revision-writer';
import type { ServerMeta } from '../../domain/draft';
import { locationOf, type RecordKind } from '../../domain/record-kinds';
import type { Status } from '../../domain/transitions';
import { principalOf } from './auth/authenticate';

export interface SubmissionContext {
  authority: AuthorityCode;
  writer: RevisionWriter;
  now: () => Date;
}

export function serverMeta(ctx: SubmissionContext, recordType: RecordTypeName, recordId: string, revision: number, status: Status, now: Date): ServerMeta {
  return {
    recordId,
    revision,
    source: ctx.authority,
    recipient: ctx.authority,
    recordType,
    status,
    issuedAt: now.getTime(),
    redactedPaths: [],
    retraction: null,
  };
}

export function accepted(res: Response, kind: RecordKind, record: AnyRecord, extra: Record<string, unknown> = {}): void {
  const location = locationOf(kind, record.meta.recordId);
  res.status(202).location(location).json({
    recordId: record.meta.recordId,
    revision: record.meta.revision,
    status: record.meta.status,
    location,
    ...extra,
  });
}

/** Who made a revision: kept in the outbox and the audit, never in what partners receive. */
export function actorOf(req: Request): RevisionActor {
  const p = principalOf(req);
  return { subject: p.subject, office: p.office, roles: [...p.roles], requestId: String(req.res?.locals.requestId ?? '') };
}
