// Submit, amend and change the status of records, one set of routes per record kind. Each answer
// comes after the revision is in the outbox, so 202 means durable; Kafka is the relay's business.
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { formatSchema } from '@bex/schemas';
import type { RecordTypeName } from '@bex/shared';
import { draftRecord } from '../../domain/draft';
import { isPlainObject } from '../../domain/field-error';
import { RECORD_KINDS, schemaOf, type RecordKind } from '../../domain/record-kinds';
import { revise } from '../../domain/revise';
import { ACTIONS_OF, type Action } from '../../domain/transitions';
import { principalOf } from './auth/authenticate';
import type { Endpoint } from './auth/endpoint';
import type { AllowedRoles } from './auth/require-roles';
import { authoriseWrite } from './authorise-write';
import { InvalidRecord } from './invalid-record';
import type { OperationDoc, ProblemDoc } from './openapi/operation-doc';
import { accepted, actorOf, serverMeta, type SubmissionContext } from './submission-context';

// Actions whose new revision is built from the head alone, so their requests carry no content.
const STATUS_ACTIONS: readonly Action[] = ['suspend', 'reinstate', 'withdraw'];

// Who may write each kind. Officers and admins write everything; a border branch reports (and may
// take back) the hits at its gate; analysts only read.
export const WRITERS: Record<RecordTypeName, AllowedRoles> = {
  SeizureCase: ['officer', 'admin'],
  VehicleRiskAlert: ['officer', 'admin'],
  AlertHit: ['officer', 'admin', 'border-branch'],
  PolicyChange: ['officer', 'admin'],
};


/** What a record's id looks like: the server chose it (meta.recordId, format uuid). Other ids are not found. */
export const RECORD_ID_PARAM = {
  id: { kind: 'text', pattern: new RegExp(String(formatSchema('uuid', {}).pattern)), hint: 'a record id', description: 'Record id, as the 202 of its submission gave it' },
} as const;

const NOT_YOURS: ProblemDoc = { status: 403, codes: ['write-not-yours'], description: 'The record is issued by another office (officers) or was seen at another gate (border branches)' };
/** What a change of an existing record may meet, besides what every write does. */
export const CHANGE_REFUSALS: readonly ProblemDoc[] = [
  { status: 403, codes: ['write-not-yours', 'not-record-owner'], description: 'The record is another office\'s or gate\'s, or another authority\'s copy' },
  { status: 404, codes: ['record-not-found'], description: 'No record of this type with this id in this authority\'s outbox' },
  { status: 409, codes: ['illegal-transition'], description: 'The action is not allowed in the record\'s status' },
  { status: 503, codes: ['revision-contention'], description: 'Too many changes of the record at once; try again' },
];

function writeDoc(kind: RecordKind, operation: string, summary: string, extra: Partial<OperationDoc>): OperationDoc {
  return { operationId: `${operation}${kind.recordType}`, summary, ok: { status: 202, description: 'The revision is durable in the outbox', schema: 'Accepted' }, ...extra };
}

const changeSummary = (action: string, type: string) => `${action[0]!.toUpperCase()}${action.slice(1)} a ${type} (its issuing office, or an admin; a border branch: hits at its gate)`;

export const RECORD_ENDPOINTS: readonly Endpoint<SubmissionContext>[] = RECORD_KINDS.flatMap(endpointsOf);

function endpointsOf(kind: RecordKind): Endpoint<SubmissionContext>[] {
  const base = `/v1/${kind.collection}`;
  const roles = WRITERS[kind.recordType];
  const actions = ACTIONS_OF[kind.recordType];
  const type = kind.recordType;
  const endpoints: Endpoint<SubmissionContext>[] = [
    { method: 'post', path: base, roles, handle: (ctx, req, res) => submit(ctx, kind, req, res), doc: writeDoc(kind, 'submit', `Submit a ${type}`, { body: type, refusals: [NOT_YOURS] }) },
  ];
  if (actions.includes('amend')) {
    endpoints.push({ method: 'put', path: `${base}/:id`, roles, handle: (ctx, req, res) => amend(ctx, kind, req, res), doc: writeDoc(kind, 'amend', changeSummary('amend', type), { path: RECORD_ID_PARAM, body: type, refusals: CHANGE_REFUSALS }) });
  }
  for (const action of actions.filter((a) => STATUS_ACTIONS.includes(a))) {
    endpoints.push({
      method: 'post',
      path: `${base}/:id/${action}`,
      roles,
      handle: (ctx, req, res) => changeStatus(ctx, kind, action, req, res),
      doc: writeDoc(kind, action, changeSummary(action, type), { description: 'Carries no body: the new revision is built from the latest.', path: RECORD_ID_PARAM, refusals: CHANGE_REFUSALS }),
    });
  }
  return endpoints;
}

/** The caller's office stands in for meta.issuingOffice when the body names none. */
export function withIssuingOffice(body: unknown, req: Request): unknown {
  if (!isPlainObject(body) || (body.meta !== undefined && !isPlainObject(body.meta))) return body;
  const meta = isPlainObject(body.meta) ? body.meta : {};
  if (meta.issuingOffice !== undefined) return body;
  return { ...body, meta: { ...meta, issuingOffice: principalOf(req).office } };
}

async function submit(ctx: SubmissionContext, kind: RecordKind, req: Request, res: Response): Promise<void> {
  const now = ctx.now();
  const meta = serverMeta(ctx, kind.recordType, randomUUID(), 1, 'ACTIVE', now);
  const draft = draftRecord(schemaOf(kind.recordType), withIssuingOffice(req.body, req), meta);
  if (!draft.ok) throw new InvalidRecord(draft.errors);
  authoriseWrite(req, [draft.record]);
  accepted(res, kind, await ctx.writer.create(draft.record, now, actorOf(req)));
}

async function amend(ctx: SubmissionContext, kind: RecordKind, req: Request, res: Response): Promise<void> {
  const recordId = req.params.id as string;
  const schema = schemaOf(kind.recordType);
  // Validated as a later revision; the real number is known only once the head has been read.
  const meta = serverMeta(ctx, kind.recordType, recordId, 2, 'AMENDED', ctx.now());
  const draft = draftRecord(schema, withIssuingOffice(req.body, req), meta);
  if (!draft.ok) throw new InvalidRecord(draft.errors);
  const record = await ctx.writer.revise(
    recordId,
    (head) => {
      const next = revise(head, { recordId, recordType: kind.recordType, action: 'amend', authority: ctx.authority, now: ctx.now(), schema, draft: draft.record });
      authoriseWrite(req, [head!, next]);
      return next;
    },
    ctx.now,
    actorOf(req),
  );
  accepted(res, kind, record);
}

async function changeStatus(ctx: SubmissionContext, kind: RecordKind, action: Action, req: Request, res: Response): Promise<void> {
  const recordId = req.params.id as string;
  const schema = schemaOf(kind.recordType);
  const record = await ctx.writer.revise(
    recordId,
    (head) => {
      const next = revise(head, { recordId, recordType: kind.recordType, action, authority: ctx.authority, now: ctx.now(), schema });
      // A status change carries no content: the head says whose record it is.
      authoriseWrite(req, [head!]);
      return next;
    },
    ctx.now,
    actorOf(req),
  );
  accepted(res, kind, record);
}
