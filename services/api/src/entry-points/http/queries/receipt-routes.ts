// Receipts: an alert opened in full (which tells its partner source it was VIEWED), and what each
// partner reported back about this authority's own records. Reading a receipt shows which partner
// holds, saw and acted on a record: officers and admins only, never analysts or border branches.
import type { Request, Response } from 'express';
import { alertsById, ownAlerts } from '../../../domain/alert-queries';
import { decodeCursor, page } from '../../../domain/page-cursor';
import { integerParam } from '../../../domain/query-params';
import { receiptState, unviewedBy } from '../../../domain/receipt-state';
import { seesGates } from '../../../domain/gate-binding';
import { alertItem } from '../../../domain/view-answers';
import type { Endpoint } from '../auth/endpoint';
import { CURSOR } from './common-params';
import { notFound, readQuery, type QueryContext } from './query-context';
import { detailQuery, GATE_REFUSAL, readDetail, RECORD_ID, RECORD_ID_PATH } from './record-detail';

const DETAIL_QUERY = detailQuery('alert');
/** ACTIONED receipts are what a partner can make many of: they page; delivery and viewing are few and come whole. */
const RECEIPTS_QUERY = { limit: integerParam(1, 500, 100, 'Actions per page, 1 to 500 (default 100)'), cursor: CURSOR };
const UNVIEWED_QUERY = { olderThanMinutes: integerParam(1, 10_080, 60, 'Issued at least this many minutes ago, 1 to 10080 (default 60)') };

export const RECEIPT_ENDPOINTS: readonly Endpoint<QueryContext>[] = [
  {
    method: 'get',
    path: '/v1/vehicle-alerts/:id',
    roles: ['border-branch', 'officer', 'admin'],
    handle: readAlert,
    doc: {
      operationId: 'getVehicleAlert',
      summary: 'One alert in full (audited); a partner\'s alert opened for the first time tells its source it was viewed',
      path: RECORD_ID_PATH,
      query: DETAIL_QUERY,
      ok: { status: 200, description: 'The alert; personal data withheld unless the token grants it. Every request, misses included, is recorded in the read audit (alert-read)', schema: 'AlertItem' },
      refusals: [
        { status: 404, codes: ['record-not-found'], description: 'No such alert in this view' },
        { status: 409, codes: ['record-ambiguous'], description: 'Several sources hold this id: name one with ?source=' },
        GATE_REFUSAL,
      ],
    },
  },
  {
    method: 'get',
    path: '/v1/records/:id/receipts',
    roles: ['officer', 'admin'],
    handle: readReceipts,
    doc: {
      operationId: 'getRecordReceipts',
      summary: 'What each partner reported about one of this authority\'s own records: delivered, viewed, actioned',
      path: RECORD_ID_PATH,
      query: RECEIPTS_QUERY,
      ok: {
        status: 200,
        description: 'Per partner that holds the record or reported on it, the latest revision delivered, the first viewing and one page of actions (oldest first; nextCursor for the next), with the actions each partner reported beyond the kept cap counted',
        schema: 'RecordReceipts',
      },
      refusals: [{ status: 404, codes: ['record-not-found'], description: 'This authority has no record by that id (receipts exist only for its own records)' }],
    },
  },
  {
    method: 'get',
    path: '/v1/receipts/unviewed-urgent-alerts',
    roles: ['officer', 'admin'],
    handle: unviewedUrgentAlerts,
    doc: {
      operationId: 'listUnviewedUrgentAlerts',
      summary: 'This authority\'s live URGENT alerts that a partner holding them has not viewed within the given time',
      query: UNVIEWED_QUERY,
      ok: { status: 200, description: 'Each such alert with the partners that have not viewed it, oldest first', schema: 'UnviewedAlerts' },
    },
  },
];

function readAlert(ctx: QueryContext, req: Request, res: Response): Promise<void> {
  return readDetail(ctx, req, res, { type: 'VehicleRiskAlert', byId: alertsById, action: 'alert-read', answer: alertItem, seenAt: (_ctx, doc, gate) => seesGates(gate, doc.gates) });
}

async function readReceipts(ctx: QueryContext, req: Request, res: Response): Promise<void> {
  const q = readQuery(req, res, RECEIPTS_QUERY);
  if (q === undefined) return;
  const id = req.params.id as string;
  const revisions = RECORD_ID.test(id) ? await ctx.operations.outbox.revisionsOf([id]) : [];
  if (revisions.length === 0) return notFound(req, res);
  const limit = q.limit ?? 100;
  const position = q.cursor === undefined ? undefined : decodeCursor(q.cursor);
  const [holders, facts, actions, beyondCap] = await Promise.all([
    ctx.receipts.ledger.holderSince([id]),
    ctx.receipts.store.factsOf(id),
    ctx.receipts.store.actionsOf(id, { limit: limit + 1, ...(position === undefined ? {} : { after: { at: position.key, id: position.id } }) }),
    ctx.receipts.store.countedBeyondCap(id),
  ]);
  const paged = page(actions, limit, (r) => ({ key: r.at, id: r._id }));
  res.json({
    recordId: id,
    recordType: revisions[0]!.recordType,
    latestRevision: Math.max(...revisions.map((r) => r.revision)),
    partners: receiptState(holders.get(id) ?? new Map(), [...facts, ...paged.items]),
    nextCursor: paged.nextCursor,
    actionsBeyondCap: beyondCap.map((b) => ({ partner: b.from, count: b.count })).sort((a, b) => a.partner.localeCompare(b.partner)),
  });
}

async function unviewedUrgentAlerts(ctx: QueryContext, req: Request, res: Response): Promise<void> {
  const q = readQuery(req, res, UNVIEWED_QUERY);
  if (q === undefined) return;
  const minutes = q.olderThanMinutes ?? 60;
  const now = ctx.now();
  const alerts = await ctx.views.find(ownAlerts(ctx.authority, now.getTime() - minutes * 60_000));
  const ids = alerts.map((a) => a.recordId);
  const [holders, viewed] = await Promise.all([ctx.receipts.ledger.holderSince(ids), ctx.receipts.store.viewedBy(ids)]);
  const items = alerts
    .map((a) => ({ id: a.recordId, revision: a.revision, issuedAt: new Date(a.issuedAt).toISOString(), gates: a.gates ?? [], notViewedBy: unviewedBy(holders.get(a.recordId), viewed.get(a.recordId)) }))
    .filter((a) => a.notViewedBy.length > 0)
    .sort((a, b) => a.issuedAt.localeCompare(b.issuedAt));
  res.json({ olderThanMinutes: minutes, at: now.toISOString(), items });
}
