// Seizures: summaries page by page for officers and analysts; one case in full for officers and
// admins, audited, with personal data only for holders whose token grants it. A token bound to a
// gate (a border branch that also carries analyst or officer) sees only its gate's seizures.
import type { Request, Response } from 'express';
import { boundGate, mayAskPlace, seesGates } from '../../../domain/gate-binding';
import { decodeCursor, page } from '../../../domain/page-cursor';
import { textParam } from '../../../domain/query-params';
import { DEFAULT_PAGE, seizureListing, seizuresById, type SeizureFilter } from '../../../domain/seizure-queries';
import { seizureDetail, seizureSummary } from '../../../domain/view-answers';
import { principalOf } from '../auth/authenticate';
import type { Endpoint } from '../auth/endpoint';
import { CURSOR, FROM, gateParam, pageLimit, SOURCE, TO } from './common-params';
import { gateNotAllowed, readQuery, type QueryContext } from './query-context';
import { detailQuery, GATE_REFUSAL, readDetail, RECORD_ID_PATH } from './record-detail';

const LIST_QUERY = {
  from: FROM,
  to: TO,
  gate: gateParam('Gate code, e.g. LA-BTN; a token bound to a gate: its gate by default, and the only one it may ask for'),
  category: textParam(/^[A-Z][A-Z_]{1,39}$/, 'a commodity category such as PSYCHOTROPIC_SUBSTANCES', 'Commodity category, e.g. PSYCHOTROPIC_SUBSTANCES'),
  source: SOURCE('Source authority'),
  limit: pageLimit(DEFAULT_PAGE),
  cursor: CURSOR,
};
const DETAIL_QUERY = detailQuery('case');

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
      refusals: [{ status: 403, codes: ['gate-not-allowed'], description: 'A token bound to a gate (a border branch) asked about another gate' }],
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
      path: RECORD_ID_PATH,
      query: DETAIL_QUERY,
      ok: { status: 200, description: 'The case; personal data withheld unless the token grants it. Every request, misses included, is recorded in the read audit (seizure-read) with the case returned', schema: 'SeizureDetail' },
      refusals: [
        { status: 404, codes: ['record-not-found'], description: 'No such case in this view' },
        { status: 409, codes: ['record-ambiguous'], description: 'Several sources hold this id: name one with ?source=' },
        GATE_REFUSAL,
      ],
    },
  },
];

async function listSeizures(ctx: QueryContext, req: Request, res: Response): Promise<void> {
  const bound = boundGate(principalOf(req));
  const f = readQuery(req, res, LIST_QUERY, ({ cursor, gate, ...q }): SeizureFilter => {
    const after = cursor === undefined ? undefined : decodeCursor(cursor);
    const at = gate ?? bound;
    return { ...q, ...(at === undefined ? {} : { gate: at }), limit: q.limit ?? DEFAULT_PAGE, ...(after === undefined ? {} : { after }) };
  });
  if (f === undefined) return;
  if (!mayAskPlace(bound, { gate: f.gate })) return gateNotAllowed(req, res);
  const docs = await ctx.views.find(seizureListing(f));
  const { items, nextCursor } = page(docs, f.limit, (d) => ({ key: d.occurredAt ?? 0, id: d._id }));
  res.json({ items: items.map(seizureSummary), nextCursor });
}

function readSeizure(ctx: QueryContext, req: Request, res: Response): Promise<void> {
  return readDetail(ctx, req, res, { type: 'SeizureCase', byId: seizuresById, action: 'seizure-read', answer: seizureDetail, seenAt: (_ctx, doc, gate) => seesGates(gate, doc.gates) });
}
