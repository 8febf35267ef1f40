// Seizures: summaries page by page for officers and analysts; one case in full for officers and
// admins, audited, with personal data only for holders whose token grants it.
import type { Request, Response } from 'express';
import { readEntry, viewRecords } from '../../../domain/audit-entry';
import { decodeCursor, page } from '../../../domain/page-cursor';
import { GATE_CODE } from '../../../domain/query-params';
import { DEFAULT_PAGE, MAX_PAGE, seizureListing, seizuresById, type SeizureFilter } from '../../../domain/seizure-queries';
import { pickHolder } from '../../../domain/pick-holder';
import { seizureDetail, seizureSummary } from '../../../domain/view-answers';
import { AUTHORITIES } from '@bex/shared';
import { principalOf } from '../auth/authenticate';
import type { Endpoint } from '../auth/endpoint';
import { ambiguous, notFound, readQuery, type QueryContext } from './query-context';

const CATEGORY = /^[A-Z][A-Z_]{1,39}$/;
const RECORD_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export const SEIZURE_ENDPOINTS: readonly Endpoint<QueryContext>[] = [
  { method: 'get', path: '/v1/seizure-cases', roles: ['officer', 'analyst', 'admin'], handle: listSeizures },
  { method: 'get', path: '/v1/seizure-cases/:id', roles: ['officer', 'admin'], handle: readSeizure },
];

async function listSeizures(ctx: QueryContext, req: Request, res: Response): Promise<void> {
  const f = readQuery(req, res, (p): SeizureFilter => {
    const cursor = p.string('cursor', /^[A-Za-z0-9_-]{1,512}$/, 'a cursor from a previous page');
    const after = cursor === undefined ? undefined : (decodeCursor('occurredAt', cursor) ?? p.fail('cursor', 'is not a cursor this api made'));
    return {
      from: p.instant('from'),
      to: p.instant('to'),
      gate: p.string('gate', GATE_CODE, 'a gate code such as LA-BTN'),
      category: p.string('category', CATEGORY, 'a commodity category such as PSYCHOTROPIC_SUBSTANCES'),
      source: p.oneOf('source', AUTHORITIES),
      limit: p.integer('limit', 1, MAX_PAGE) ?? DEFAULT_PAGE,
      ...(after === undefined ? {} : { after }),
    };
  });
  if (f === undefined) return;
  const docs = await ctx.views.find(seizureListing(f));
  const { items, nextCursor } = page(docs, f.limit, (d) => ({ key: d.occurredAt ?? 0, id: d._id }), 'occurredAt');
  res.json({ items: items.map(seizureSummary), nextCursor });
}

async function readSeizure(ctx: QueryContext, req: Request, res: Response): Promise<void> {
  const principal = principalOf(req);
  const q = readQuery(req, res, (p) => ({ source: p.oneOf('source', AUTHORITIES) }));
  if (q === undefined) return;
  const id = req.params.id as string;
  const docs = RECORD_ID.test(id) ? await ctx.views.find(seizuresById(id, q.source)) : [];
  const picked = pickHolder(docs, ctx.authority);
  const doc = picked.ok ? picked.doc : undefined;
  // Misses are recorded too: probing for case ids is a read attempt worth knowing about.
  await ctx.audit.record(readEntry(principal, 'seizure-read', id.slice(0, 128), viewRecords('SeizureCase', doc === undefined ? [] : [doc]), res.locals.requestId, ctx.now()));
  if (!picked.ok && picked.sources.length > 1) return ambiguous(req, res, picked.sources);
  if (doc === undefined) return notFound(req, res);
  res.json(seizureDetail(doc, principal.personalData));
}
