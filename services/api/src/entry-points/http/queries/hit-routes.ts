// Hits on the alerts this authority issued, newest first, a page at a time. A hit carries the
// vehicle as found (plate, VIN) and free text about the check, so each page read is audited with
// the hits it returns (not the one read ahead to learn whether a next page exists).
import type { Request, Response } from 'express';
import { readEntry, viewRecords } from '../../../domain/audit-entry';
import { hitsOnAlerts, ownAlertIds } from '../../../domain/hit-queries';
import { decodeCursor, page } from '../../../domain/page-cursor';
import { DEFAULT_PAGE, MAX_PAGE } from '../../../domain/seizure-queries';
import { hitItem } from '../../../domain/view-answers';
import { principalOf } from '../auth/authenticate';
import type { Endpoint } from '../auth/endpoint';
import { readQuery, type QueryContext } from './query-context';

export const HIT_ENDPOINTS: readonly Endpoint<QueryContext>[] = [
  { method: 'get', path: '/v1/alert-hits/mine', roles: ['officer', 'admin', 'border-branch'], handle: myHits },
];

async function myHits(ctx: QueryContext, req: Request, res: Response): Promise<void> {
  const principal = principalOf(req);
  const q = readQuery(req, res, (p) => {
    const cursor = p.string('cursor', /^[A-Za-z0-9_-]{1,512}$/, 'a cursor from a previous page');
    const after = cursor === undefined ? undefined : (decodeCursor('occurredAt', cursor) ?? p.fail('cursor', 'is not a cursor this api made'));
    return { limit: p.integer('limit', 1, MAX_PAGE) ?? DEFAULT_PAGE, after };
  });
  if (q === undefined) return;
  const alertIds = (await ctx.views.find(ownAlertIds(ctx.authority))).map((d) => d.recordId);
  const docs = alertIds.length === 0 ? [] : await ctx.views.find(hitsOnAlerts(ctx.authority, alertIds, q.limit, q.after));
  const { items, nextCursor } = page(docs, q.limit, (d) => ({ key: d.occurredAt ?? 0, id: d._id }), 'occurredAt');
  await ctx.audit.record(readEntry(principal, 'hit-list', ctx.authority, viewRecords('AlertHit', items), res.locals.requestId, ctx.now()));
  res.json({ items: items.map((d) => hitItem(d, principal.personalData)), nextCursor });
}
