// One record in full, as the detail routes read it: by id (and source, where partners hold the
// same id), audited with the record returned where it can carry plates or persons (misses too:
// probing for ids is a read attempt worth knowing about), and, for a partner's record, a VIEWED
// receipt owed the first time it is opened. A record a token bound to a gate may not see is refused
// (403) after the audit, which names the attempt but no record, and owes no receipt.
import type { Request, Response } from 'express';
import type { RecordTypeName } from '@bex/shared';
import type { ViewDocument } from '@bex/view';
import { readEntry, viewRecords, type AuditAction } from '../../../domain/audit-entry';
import { pickHolder } from '../../../domain/pick-holder';
import { textParam } from '../../../domain/query-params';
import { boundGate } from '../../../domain/gate-binding';
import type { ViewQuery } from '../../../domain/view-query';
import { principalOf } from '../auth/authenticate';
import { SOURCE } from './common-params';
import { ambiguous, gateNotAllowed, notFound, readQuery, type QueryContext } from './query-context';

export const RECORD_ID = /^[A-Za-z0-9._:-]{1,128}$/;
export const RECORD_ID_PATH = { id: textParam(RECORD_ID, 'a record id', 'Record id (a UUID chosen by the source); an id of another shape is not found') };
/** Ids the server chose (UUIDs), for the routes that live beside a literal one (`/v1/alert-hits/mine`). */
export const RECORD_UUID_PATH = { id: textParam(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'a record id (UUID)', 'Record id, as the 202 of its submission gave it') };
export const DETAIL_REFUSALS = [
  { status: 404, codes: ['record-not-found'], description: 'No such record in this view' },
  { status: 409, codes: ['record-ambiguous'], description: 'Several sources hold this id: name one with ?source=' },
] as const;
export const detailQuery = (what: string) => ({ source: SOURCE(`Source authority of the ${what}; needed only when partners hold the same id`) });

export interface DetailRead {
  type: RecordTypeName;
  byId: (id: string, source?: string) => ViewQuery;
  /** The read audit's action; none for records without plates, persons or free text about people (policy changes). */
  action?: AuditAction;
  answer: (doc: ViewDocument, personalData: boolean) => unknown;
  /** Whether a token bound to `gate` sees the record; absent: the record is bound to no gate. */
  seenAt?: (ctx: QueryContext, doc: ViewDocument, gate: string) => boolean | Promise<boolean>;
}

/** What a detail route adds to its refusals when its records are bound to gates. */
export const GATE_REFUSAL = { status: 403, codes: ['gate-not-allowed'], description: 'A token bound to a gate (a border branch) asked for a record of other gates' } as const;

export async function readDetail(ctx: QueryContext, req: Request, res: Response, read: DetailRead): Promise<void> {
  const principal = principalOf(req);
  const q = readQuery(req, res, detailQuery(read.type));
  if (q === undefined) return;
  const id = req.params.id as string;
  const docs = RECORD_ID.test(id) ? await ctx.views.find(read.byId(id, q.source)) : [];
  const picked = pickHolder(docs, ctx.authority);
  const doc = picked.ok ? picked.doc : undefined;
  const bound = boundGate(principal);
  const refused = doc !== undefined && bound !== undefined && read.seenAt !== undefined && !(await read.seenAt(ctx, doc, bound));
  const now = ctx.now();
  if (read.action !== undefined) await ctx.audit.record(readEntry(principal, read.action, id.slice(0, 128), viewRecords(read.type, doc === undefined || refused ? [] : [doc]), res.locals.requestId, now));
  if (!picked.ok && picked.sources.length > 1) return ambiguous(req, res, picked.sources);
  if (doc === undefined) return notFound(req, res);
  if (refused) return gateNotAllowed(req, res);
  await ctx.receipts.viewed.opened(read.type, doc, now);
  res.json(read.answer(doc, principal.personalData));
}
