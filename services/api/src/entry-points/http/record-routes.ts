// Submit, amend and change the status of records, one set of routes per record kind. Each answer
// comes after the revision is in the outbox, so 202 means durable; Kafka is the relay's business.
import { randomUUID } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import { draftRecord } from '../../domain/draft';
import { RECORD_KINDS, schemaOf, type RecordKind } from '../../domain/record-kinds';
import { revise } from '../../domain/revise';
import { ACTIONS_OF, type Action } from '../../domain/transitions';
import { InvalidRecord } from './invalid-record';
import { accepted, serverMeta, type SubmissionContext } from './submission-context';

// Actions whose new revision is built from the head alone, so their requests carry no content.
const STATUS_ACTIONS: readonly Action[] = ['suspend', 'reinstate', 'withdraw'];

export function recordRoutes(ctx: SubmissionContext): Router {
  const router = Router();
  for (const kind of RECORD_KINDS) {
    const base = `/v1/${kind.collection}`;
    router.post(base, (req, res) => submit(ctx, kind, req, res));
    if (ACTIONS_OF[kind.recordType].includes('amend')) router.put(`${base}/:id`, (req, res) => amend(ctx, kind, req, res));
    for (const action of ACTIONS_OF[kind.recordType].filter((a) => STATUS_ACTIONS.includes(a))) {
      router.post(`${base}/:id/${action}`, (req, res) => changeStatus(ctx, kind, action, req, res));
    }
  }
  return router;
}

async function submit(ctx: SubmissionContext, kind: RecordKind, req: Request, res: Response): Promise<void> {
  const now = ctx.now();
  const meta = serverMeta(ctx, kind.recordType, randomUUID(), 1, 'ACTIVE', now);
  const draft = draftRecord(schemaOf(kind.recordType), req.body, meta);
  if (!draft.ok) throw new InvalidRecord(draft.errors);
  accepted(res, kind, await ctx.writer.create(draft.record, now));
}

async function amend(ctx: SubmissionContext, kind: RecordKind, req: Request<{ id: string }>, res: Response): Promise<void> {
  const recordId = req.params.id;
  const schema = schemaOf(kind.recordType);
  // Validated as a later revision; the real number is known only once the head has been read.
  const meta = serverMeta(ctx, kind.recordType, recordId, 2, 'AMENDED', ctx.now());
  const draft = draftRecord(schema, req.body, meta);
  if (!draft.ok) throw new InvalidRecord(draft.errors);
  const record = await ctx.writer.revise(
    recordId,
    (head) => revise(head, { recordId, recordType: kind.recordType, action: 'amend', authority: ctx.authority, now: ctx.now(), schema, draft: draft.record }),
    ctx.now,
  );
  accepted(res, kind, record);
}

async function changeStatus(ctx: SubmissionContext, kind: RecordKind, action: Action, req: Request<{ id: string }>, res: Response): Promise<void> {
  const recordId = req.params.id;
  const schema = schemaOf(kind.recordType);
  const record = await ctx.writer.revise(
    recordId,
    (head) => revise(head, { recordId, recordType: kind.recordType, action, authority: ctx.authority, now: ctx.now(), schema }),
    ctx.now,
  );
  accepted(res, kind, record);
}
