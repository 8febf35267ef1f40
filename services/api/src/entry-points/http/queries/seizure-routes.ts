// Seizures: summaries page by page for officers and analysts; one case in full for officers and
// admins, audited, with personal data only for holders whose token grants it.
import type { Request, Response } from 'express';
import { readEntry, viewRecords } from '../../../domain/audit-entry';
import { decodeCursor, page } from '../../../domain/page-cursor';
import { textParam } from '../../../domain/query-params';
import { DEFAULT_PAGE, seizureListing, seizuresById, type SeizureFilter } from '../../../domain/seizure-queries';
import { pickHolder } from '../../../domain/pick-holder';
import { seizureDetail, seizureSummary } from '../../../domain/view-answers';
import { principalOf } from '../auth/authenticate';
import type { Endpoint } from '../auth/endpoint';
import { CURSOR, CURSOR_RULE, FROM, gateParam, pageLimit, SOURCE, TO } from './common-params';
import { ambiguous, notFound, readQuery, type QueryContext } from './query-context';

const LIST_QUERY = {
  from: FROM,
  to: TO,
  gate: gateParam('Gate code, e.g. LA-BTN'),
  category: textParam(/^[A-Z][A-Z_]{1,39}$/, 'a commodity category such as PSYCHOTROPIC_SUBSTANCES', 'Commodity category, e.g. PSYCHOTROPIC_SUBSTANCES'),
  source: SOURCE('Source authority'),
  limit: pageLimit(DEFAULT_PAGE),
  cursor: CURSOR,
};
const DETAIL_QUERY = { source: SOURCE('Source authority of the case; needed only when partners hold the same id') };
const RECORD_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export const SEIZURE_ENDPOINTS: readonly Endpoint<QueryContext>[] = [
  {
    method: 'get',
    path: '/v1/seizure-cases',
    roles: ['officer', 'analyst', 'admin'],
    handle: listSeizures,
    doc: {
      operationId: 'listSeizureCases',
      summary: 'Seizure summaries, newest first',
      query: LIST_QUERY,
      ok: { status: 200, description: 'A page of summaries (no persons, companies, plates or free text)', schema: 'SeizurePage' },
      rules: [CURSOR_RULE],
    },
  },
  {
    method: 'get',
    path: '/v1/seizure-cases/:id',
    roles: ['officer', 'admin'],
    handle: readSeizure,
    doc: {
      operationId: 'getSeizureCase',
      summary: 'One seizure case in full (audited)',
      path: { id: textParam(RECORD_ID, 'a record id', 'Record id (a UUID chosen by the source); an id of another shape is not found') },
      query: DETAIL_QUERY,
      ok: { status: 200, description: 'The case; personal data withheld unless the token grants it. Every request, misses included, is recorded in the read audit (seizure-read) with the case returned', schema: 'SeizureDetail' },
      refusals: [
        { status: 404, codes: ['record-not-found'], description: 'No such case in this view' },
        { status: 409, codes: ['record-ambiguous'], description: 'Several sources hold this id: name one with ?source=' },
      ],
    },
  },
];

async function listSeizures(ctx: QueryContext, req: Request, res: Response): Promise<void> {
  const f = readQuery(req, res, LIST_QUERY, ({ cursor, ...q }, p): SeizureFilter => {
    const after = cursor === undefined ? undefined : (decodeCursor('occurredAt', cursor) ?? p.fail('cursor', CURSOR_RULE.message));
    return { ...q, limit: q.limit ?? DEFAULT_PAGE, ...(after === undefined ? {} : { after }) };
  });
  if (f === undefined) return;
  const docs = await ctx.views.find(seizureListing(f));
  const { items, nextCursor } = page(docs, f.limit, (d) => ({ key: d.occurredAt ?? 0, id: d._id }), 'occurredAt');
  res.json({ items: items.map(seizureSummary), nextCursor });
}

async function readSeizure(ctx: QueryContext, req: Request, res: Response): Promise<void> {
  const principal = principalOf(req);
  const q = readQuery(req, res, DETAIL_QUERY);
  if (q === undefined) return;
  const id = req.params.id as string;
  const docs = RECORD_ID.test(id) ? await ctx.views.find(seizuresById(id, q.source)) : [];
  const picked = pickHolder(docs, ctx.authority);
  const doc = picked.ok ? picked.doc : undefined;
  // Misses are recorded too: probing for case ids is a read attempt worth knowing about.
  const now = ctx.now();
  await ctx.audit.record(readEntry(principal, 'seizure-read', id.slice(0, 128), viewRecords('SeizureCase', doc === undefined ? [] : [doc]), res.locals.requestId, now));
  if (!picked.ok && picked.sources.length > 1) return ambiguous(req, res, picked.sources);
  if (doc === undefined) return notFound(req, res);
  await ctx.receipts.viewed.opened('SeizureCase', doc, now);
  res.json(seizureDetail(doc, principal.personalData));
}
