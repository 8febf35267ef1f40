// Policy and checkpoint changes in force at a gate on a date. Open to every role: a border branch
// needs them most, and they carry no personal data.
import type { Request, Response } from 'express';
import { policiesInForce } from '../../../domain/policy-queries';
import { instantParam } from '../../../domain/query-params';
import { policyItem } from '../../../domain/view-answers';
import { principalOf } from '../auth/authenticate';
import type { Endpoint } from '../auth/endpoint';
import { GATE_RULE } from './alert-routes';
import { gateParam } from './common-params';
import { invalidQuery, readQuery, type QueryContext } from './query-context';

const QUERY = { gate: gateParam('Gate code; the token\'s gate by default'), at: instantParam('Date or instant (default now)') };

export const POLICY_ENDPOINTS: readonly Endpoint<QueryContext>[] = [
  {
    method: 'get',
    path: '/v1/policy-changes/in-force',
    roles: ['border-branch', 'officer', 'analyst', 'admin'],
    handle: inForce,
    doc: {
      operationId: 'listPoliciesInForce',
      summary: 'Policy and checkpoint changes in force at a gate',
      query: QUERY,
      ok: { status: 200, description: 'The changes in force', schema: 'PolicyList' },
      rules: [GATE_RULE],
    },
  },
];

async function inForce(ctx: QueryContext, req: Request, res: Response): Promise<void> {
  const principal = principalOf(req);
  const q = readQuery(req, res, QUERY, (v) => ({ ...v, gate: v.gate ?? principal.gate }));
  if (q === undefined) return;
  if (q.gate === undefined) return invalidQuery(req, res, [GATE_RULE]);
  const at = q.at ?? ctx.now().getTime();
  const docs = await ctx.views.find(policiesInForce(q.gate, at));
  res.json({ gate: q.gate, at: new Date(at).toISOString(), items: docs.map(policyItem) });
}
