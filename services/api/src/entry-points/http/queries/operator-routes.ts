// What an admin needs to recover: the dead letters with their reasons (never the refused content;
// re-driving them reads the records again from the inbox: `npm run dead-letters`), and the outbox
// documents set aside as unsendable, which an admin releases once the cause is fixed.
import type { Request, Response } from 'express';
import { AppError } from '@bex/shared';
import { MAX_PAGE } from '../../../domain/seizure-queries';
import type { Endpoint } from '../auth/endpoint';
import { readQuery, type QueryContext } from './query-context';

const REASON = /^[a-z0-9-]{1,64}$/;
const OUTBOX_ID = /^[A-Za-z0-9-]{1,64}:\d{1,10}$/;

export const OPERATOR_ENDPOINTS: readonly Endpoint<QueryContext>[] = [
  { method: 'get', path: '/v1/dead-letters', roles: ['admin'], handle: deadLetters },
  { method: 'get', path: '/v1/outbox/set-aside', roles: ['admin'], handle: setAside },
  { method: 'post', path: '/v1/outbox/set-aside/:id/release', roles: ['admin'], handle: release },
];

async function deadLetters(ctx: QueryContext, req: Request, res: Response): Promise<void> {
  const f = readQuery(req, res, (p) => ({ reason: p.string('reason', REASON, 'a dead-letter reason'), limit: p.integer('limit', 1, MAX_PAGE) ?? 50 }));
  if (f === undefined) return;
  const letters = await ctx.operations.deadLetters.list({ limit: f.limit, ...(f.reason === undefined ? {} : { reason: f.reason }) });
  res.json({
    items: letters.map((l) => ({
      id: l._id, reason: l.reason, detail: l.detail, topic: l.topic, partition: l.partition, offset: l.offset, key: l.key,
      valueLength: l.valueLength, valueSha256: l.valueSha256, hasBytes: l.hasBytes, receivedAt: l.receivedAt.toISOString(),
    })),
  });
}

async function setAside(ctx: QueryContext, req: Request, res: Response): Promise<void> {
  const f = readQuery(req, res, (p) => ({ limit: p.integer('limit', 1, MAX_PAGE) ?? 50 }));
  if (f === undefined) return;
  const docs = await ctx.operations.outbox.setAside(f.limit);
  res.json({ items: docs.map((d) => ({ id: d._id, recordId: d.recordId, revision: d.revision, recordType: d.recordType, reason: d.lastError ?? null, attempts: d.attempts, createdAt: d.createdAt.toISOString() })) });
}

async function release(ctx: QueryContext, req: Request, res: Response): Promise<void> {
  const id = req.params.id as string;
  if (!OUTBOX_ID.test(id) || !(await ctx.operations.outbox.release(id))) {
    throw new AppError('not-set-aside', `no outbox document ${id.slice(0, 80)} is set aside`, { httpStatus: 404 });
  }
  res.json({ id, state: 'pending' });
}
