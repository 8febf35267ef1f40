// What an admin needs to recover: the dead letters with their reasons (never the refused content;
// re-driving them reads the records again from the inbox: `npm run dead-letters`), and the outbox
// documents set aside as unsendable, which an admin releases once the cause is fixed.
import type { Request, Response } from 'express';
import { AppError } from '@bex/shared';
import { textParam } from '../../../domain/query-params';
import type { Endpoint } from '../auth/endpoint';
import { pageLimit } from './common-params';
import { readQuery, type QueryContext } from './query-context';

const OUTBOX_ID = /^[A-Za-z0-9-]{1,64}:\d{1,10}$/;
const DEAD_LETTER_QUERY = { reason: textParam(/^[a-z0-9-]{1,64}$/, 'a dead-letter reason', 'Only this reason, e.g. agreement-unredacted'), limit: pageLimit(50) };
const SET_ASIDE_QUERY = { limit: pageLimit(50) };

export const OPERATOR_ENDPOINTS: readonly Endpoint<QueryContext>[] = [
  {
    method: 'get',
    path: '/v1/dead-letters',
    roles: ['admin'],
    handle: deadLetters,
    doc: {
      operationId: 'listDeadLetters',
      summary: 'Records the projector refused, newest first, with their reasons (never the refused content; re-drive with npm run dead-letters)',
      query: DEAD_LETTER_QUERY,
      ok: { status: 200, description: 'Dead letters', schema: 'DeadLetterList' },
    },
  },
  {
    method: 'get',
    path: '/v1/outbox/set-aside',
    roles: ['admin'],
    handle: setAside,
    doc: {
      operationId: 'listSetAside',
      summary: 'Outbox documents set aside as unsendable, oldest first, with the reason',
      query: SET_ASIDE_QUERY,
      ok: { status: 200, description: 'Set-aside documents', schema: 'SetAsideList' },
    },
  },
  {
    method: 'post',
    path: '/v1/outbox/set-aside/:id/release',
    roles: ['admin'],
    handle: release,
    doc: {
      operationId: 'releaseSetAside',
      summary: 'Puts a set-aside outbox document back in line for the relay, once its cause is fixed',
      path: { id: textParam(OUTBOX_ID, 'an outbox document id', 'Outbox document id: recordId:revision') },
      ok: { status: 200, description: 'Released', schema: 'Released' },
      refusals: [{ status: 404, codes: ['not-set-aside'], description: 'No such set-aside document' }],
    },
  },
];

async function deadLetters(ctx: QueryContext, req: Request, res: Response): Promise<void> {
  const f = readQuery(req, res, DEAD_LETTER_QUERY);
  if (f === undefined) return;
  const [letters, counted] = await Promise.all([
    ctx.operations.deadLetters.list({ limit: f.limit ?? 50, ...(f.reason === undefined ? {} : { reason: f.reason }) }),
    ctx.operations.deadLetters.countedBeyondBudget(),
  ]);
  res.json({
    items: letters.map((l) => ({
      id: l._id, reason: l.reason, detail: l.detail, topic: l.topic, partition: l.partition, offset: l.offset, key: l.key,
      // Letters stored before sources were counted claim none.
      claimedSource: l.claimedSource ?? 'unattributed',
      valueLength: l.valueLength, valueSha256: l.valueSha256, hasBytes: l.hasBytes, receivedAt: l.receivedAt.toISOString(),
    })),
    // Beyond a source's hourly budget letters are only counted (dead-letter-budget.ts): newest hour first.
    countedBeyondBudget: counted.map((c) => ({ claimedSource: c.claimedSource, hour: c.hour, reason: c.reason, count: c.count })),
  });
}

async function setAside(ctx: QueryContext, req: Request, res: Response): Promise<void> {
  const f = readQuery(req, res, SET_ASIDE_QUERY);
  if (f === undefined) return;
  const docs = await ctx.operations.outbox.setAside(f.limit ?? 50);
  res.json({ items: docs.map((d) => ({ id: d._id, recordId: d.recordId, revision: d.revision, recordType: d.recordType, reason: d.lastError ?? null, attempts: d.attempts, createdAt: d.createdAt.toISOString() })) });
}

async function release(ctx: QueryContext, req: Request, res: Response): Promise<void> {
  const id = req.params.id as string;
  if (!OUTBOX_ID.test(id) || !(await ctx.operations.outbox.release(id))) {
    throw new AppError('not-set-aside', `no outbox document ${id.slice(0, 80)} is set aside`, { httpStatus: 404 });
  }
  res.json({ id, state: 'pending' });
}
