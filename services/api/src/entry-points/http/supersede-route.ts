// A policy change replaces another: the new record names the old one in `supersedes`, and the old
// one gets a SUPERSEDED revision. These are two outbox documents, so the order matters: the new
// record goes first, because if the second write fails, the old rule stays live and its successor
// already names it; the reverse order could leave a checkpoint rule superseded by nothing.
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { boundOf } from '@bex/schemas';
import { draftRecord } from '../../domain/draft';
import { isPlainObject } from '../../domain/field-error';
import { RECORD_KINDS, schemaOf, type RecordKind } from '../../domain/record-kinds';
import { revise, type Revision } from '../../domain/revise';
import type { Endpoint } from './auth/endpoint';
import { authoriseWrite } from './authorise-write';
import { InvalidRecord } from './invalid-record';
import { CHANGE_REFUSALS, RECORD_ID_PARAM, WRITERS, withIssuingOffice } from './record-routes';
import { accepted, actorOf, serverMeta, type SubmissionContext } from './submission-context';

const kind = RECORD_KINDS.find((k) => k.recordType === 'PolicyChange') as RecordKind;
const MAX_SUPERSEDES = boundOf('PolicyChange', 'supersedes').maxItems;
/** The body's `supersedes` is bounded as any policy change's, and the old id is added to it. */
const ROOM_RULE = { path: 'supersedes', message: `must leave room for the superseded id: at most ${MAX_SUPERSEDES - 1} others` };

export const SUPERSEDE_ENDPOINT: Endpoint<SubmissionContext> = {
  method: 'post',
  path: `/v1/${kind.collection}/:id/supersede`,
  roles: WRITERS.PolicyChange,
  handle: (ctx, req, res) => supersede(ctx, req, res),
  doc: {
    operationId: 'supersedePolicyChange',
    summary: 'Replace a PolicyChange by a new one (its issuing office, or an admin)',
    description: 'The body is the new policy change; its `supersedes` gets the old id. The old one gets a SUPERSEDED revision.',
    path: RECORD_ID_PARAM,
    body: 'PolicyChange',
    ok: { status: 202, description: 'The new record and the old one\'s SUPERSEDED revision are durable in the outbox', schema: 'Superseded' },
    refusals: CHANGE_REFUSALS,
    rules: [ROOM_RULE],
  },
};

async function supersede(ctx: SubmissionContext, req: Request, res: Response): Promise<void> {
  const oldId = req.params.id as string;
  const schema = schemaOf(kind.recordType);
  const now = ctx.now();
  const given = isPlainObject(req.body) && Array.isArray(req.body.supersedes) ? req.body.supersedes : [];
  const noRoom = !given.includes(oldId) && given.length === MAX_SUPERSEDES;
  const body = noRoom ? withIssuingOffice(req.body, req) : withSupersedes(withIssuingOffice(req.body, req), oldId);
  const draft = draftRecord(schema, body, serverMeta(ctx, kind.recordType, randomUUID(), 1, 'ACTIVE', now));
  if (!draft.ok || noRoom) throw new InvalidRecord([...(noRoom ? [ROOM_RULE] : []), ...(draft.ok ? [] : draft.errors)]);

  const revision = (): Revision => ({ recordId: oldId, recordType: kind.recordType, action: 'supersede', authority: ctx.authority, now: ctx.now(), schema });
  // Refuse (404, 403, 409) before anything is written.
  const head = await ctx.writer.latest(oldId);
  revise(head, revision());
  authoriseWrite(req, [head!, draft.record]);
  const created = await ctx.writer.create(draft.record, now, actorOf(req));
  const old = await ctx.writer.revise(oldId, (h) => revise(h, revision()), ctx.now, actorOf(req));
  accepted(res, kind, created, { superseded: { recordId: old.meta.recordId, revision: old.meta.revision, status: old.meta.status } });
}

function withSupersedes(body: unknown, oldId: string): unknown {
  if (!isPlainObject(body)) return body;
  const given = body.supersedes ?? [];
  if (!Array.isArray(given)) return body;
  return { ...body, supersedes: given.includes(oldId) ? given : [...given, oldId] };
}
