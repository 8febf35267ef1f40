// Policy and checkpoint changes in force at a gate on a date, and those in force across the border
// at the other side of its crossing (marked as such): the Mohan branch sees Boten's reopening and
// its truck limit. Open to every role: a border branch needs them most, and they carry no personal data.
import type { Request, Response } from 'express';
import { crossingOfGate, otherSides } from '@bex/shared';
import { policiesById, policiesInForce } from '../../../domain/policy-queries';
import { instantParam } from '../../../domain/query-params';
import { policyItem } from '../../../domain/view-answers';
import { principalOf } from '../auth/authenticate';
import type { Endpoint } from '../auth/endpoint';
import { GATE_RULE } from './alert-routes';
import { gateParam } from './common-params';
import { invalidQuery, readQuery, type QueryContext } from './query-context';
import { DETAIL_REFUSALS, detailQuery, readDetail, RECORD_UUID_PATH } from './record-detail';

const QUERY = { gate: gateParam('Gate code; the token\'s gate by default'), at: instantParam('Date or instant (default now)') };

export const POLICY_ENDPOINTS: readonly Endpoint<QueryContext>[] = [
  {
    method: 'get',
    path: '/v1/policy-changes/in-force',
    roles: ['border-branch', 'officer', 'analyst', 'admin'],
    handle: inForce,
    doc: {
      operationId: 'listPoliciesInForce',
      summary: 'Policy and checkpoint changes in force at a gate, and across the border at the other side of its crossing',
      query: QUERY,
      ok: { status: 200, description: 'The changes in force', schema: 'PolicyList' },
      rules: [GATE_RULE],
    },
  },
  {
    method: 'get',
    path: '/v1/policy-changes/:id',
    roles: ['border-branch', 'officer', 'analyst', 'admin'],
    handle: (ctx, req, res) => readDetail(ctx, req, res, { type: 'PolicyChange', byId: policiesById, answer: (doc) => policyItem(doc) }),
    doc: {
      operationId: 'getPolicyChange',
      summary: 'One policy or checkpoint change in full: where its 202 Location points',
      path: RECORD_UUID_PATH,
      query: detailQuery('change'),
      ok: { status: 200, description: 'The change (no personal data; not audited)', schema: 'PolicyItem' },
      refusals: DETAIL_REFUSALS,
    },
  },
];

async function inForce(ctx: QueryContext, req: Request, res: Response): Promise<void> {
  const principal = principalOf(req);
  const q = readQuery(req, res, QUERY, (v) => ({ ...v, gate: v.gate ?? principal.gate }));
  if (q === undefined) return;
  if (q.gate === undefined) return invalidQuery(req, res, [GATE_RULE]);
  const at = q.at ?? ctx.now().getTime();
  const crossing = crossingOfGate(q.gate);
  // One indexed read per side: an $in over the gates would make SecantusDB scan the collection.
  const [here, ...across] = await Promise.all([q.gate, ...otherSides(q.gate)].map((g) => ctx.views.find(policiesInForce(g, at))));
  const seen = new Set(here!.map((d) => d._id));
  const items = here!.map((d) => policyItem(d));
  across.forEach((docs, i) => {
    const gate = otherSides(q.gate!)[i]!;
    for (const d of docs.filter((x) => !seen.has(x._id))) {
      seen.add(d._id);
      items.push(policyItem(d, { code: crossing!.code, name: crossing!.name, gate }));
    }
  });
  res.json({ gate: q.gate, at: new Date(at).toISOString(), crossing: crossing?.code ?? null, items });
}
