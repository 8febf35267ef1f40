// Hits on the alerts this authority issued, newest first, a page at a time. A hit carries the
// vehicle as found (plate, VIN) and free text about the check, so each page read is audited with
// the hits it returns (not the one read ahead to learn whether a next page exists). A border branch
// sees the hits at its gate and those on alerts aimed at its gate (domain/gate-binding.ts).
import type { Request, Response } from 'express';
import type { ViewDocument } from '@bex/view';
import { alertsById } from '../../../domain/alert-queries';
import { readEntry, viewRecords } from '../../../domain/audit-entry';
import { boundGate, hitVisibility } from '../../../domain/gate-binding';
import { hitsById, hitsOnAlerts, ownAlertIds } from '../../../domain/hit-queries';
import { decodeCursor, page } from '../../../domain/page-cursor';
import { DEFAULT_PAGE } from '../../../domain/seizure-queries';
import { hitItem } from '../../../domain/view-answers';
import { principalOf } from '../auth/authenticate';
import type { Endpoint } from '../auth/endpoint';
import { CURSOR, pageLimit } from './common-params';
import { readQuery, type QueryContext } from './query-context';
import { DETAIL_REFUSALS, detailQuery, GATE_REFUSAL, readDetail, RECORD_UUID_PATH } from './record-detail';

const QUERY = { limit: pageLimit(DEFAULT_PAGE), cursor: CURSOR };

export const HIT_ENDPOINTS: readonly Endpoint<QueryContext>[] = [
  {
    method: 'get',
    path: '/v1/alert-hits/mine',
    roles: ['officer', 'admin', 'border-branch'],
    handle: myHits,
    doc: {
      operationId: 'listHitsOnMyAlerts',
      summary: 'Hits on the alerts this authority issued, newest first (audited)',
      query: QUERY,
      ok: { status: 200, description: 'A page of hits, with the vehicle as found and free text; recorded in the read audit (hit-list) with each hit of the page', schema: 'HitPage' },
    },
  },
  {
    method: 'get',
    path: '/v1/alert-hits/:id',
    roles: ['officer', 'admin', 'border-branch'],
    handle: (ctx, req, res) => readDetail(ctx, req, res, { type: 'AlertHit', byId: hitsById, action: 'hit-read', answer: hitItem, seenAt: hitSeenAt }),
    doc: {
      operationId: 'getAlertHit',
      summary: 'One hit in full (audited): where a hit\'s 202 Location points',
      path: RECORD_UUID_PATH,
      query: detailQuery('hit'),
      ok: { status: 200, description: 'The hit, with the vehicle as found; personal data withheld unless the token grants it. Every request, misses included, is recorded in the read audit (hit-read)', schema: 'HitItem' },
      refusals: [...DETAIL_REFUSALS, GATE_REFUSAL],
    },
  },
];

async function myHits(ctx: QueryContext, req: Request, res: Response): Promise<void> {
  const principal = principalOf(req);
  const q = readQuery(req, res, QUERY, ({ cursor, limit }) => {
    const after = cursor === undefined ? undefined : decodeCursor(cursor);
    return { limit: limit ?? DEFAULT_PAGE, after };
  });
  if (q === undefined) return;
  const alerts = await ctx.views.find(ownAlertIds(ctx.authority));
  const alertIds = alerts.map((d) => d.recordId);
  const visible = hitVisibility(boundGate(principal), alerts);
  const docs = alertIds.length === 0 ? [] : await ctx.views.find(hitsOnAlerts(ctx.authority, alertIds, q.limit, q.after, visible));
  const { items, nextCursor } = page(docs, q.limit, (d) => ({ key: d.occurredAt ?? 0, id: d._id }));
  await ctx.audit.record(readEntry(principal, 'hit-list', ctx.authority, viewRecords('AlertHit', items), res.locals.requestId, ctx.now()));
  res.json({ items: items.map((d) => hitItem(d, principal.personalData)), nextCursor });
}

/** A hit elsewhere is a branch's still when the alert it reports on is aimed at the branch's gate. */
async function hitSeenAt(ctx: QueryContext, hit: ViewDocument, gate: string): Promise<boolean> {
  const alerts = hit.alertId == null ? [] : await ctx.views.find(alertsById(hit.alertId, hit.alertSource ?? undefined));
  return hitVisibility(gate, alerts)(hit);
}
