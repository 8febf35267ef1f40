// Policy and checkpoint changes in force at a gate on a date. Open to every role: a border branch
// needs them most, and they carry no personal data.
import type { Request, Response } from 'express';
import { policiesInForce } from '../../../domain/policy-queries';
import { GATE_CODE } from '../../../domain/query-params';
import { policyItem } from '../../../domain/view-answers';
import { principalOf } from '../auth/authenticate';
import type { Endpoint } from '../auth/endpoint';
import { invalidQuery, readQuery, type QueryContext } from './query-context';

export const POLICY_ENDPOINTS: readonly Endpoint<QueryContext>[] = [
  { method: 'get', path: '/v1/policy-changes/in-force', roles: ['border-branch', 'officer', 'analyst', 'admin'], handle: inForce },
];

async function inForce(ctx: QueryContext, req: Request, res: Response): Promise<void> {
  const principal = principalOf(req);
  const q = readQuery(req, res, (p) => ({ gate: p.string('gate', GATE_CODE, 'a gate code such as LA-BTN') ?? principal.gate, at: p.instant('at') }));
  if (q === undefined) return;
  if (q.gate === undefined) return invalidQuery(req, res, [{ path: 'gate', message: 'is required' }]);
  const at = q.at ?? ctx.now().getTime();
  const docs = await ctx.views.find(policiesInForce(q.gate, at));
  res.json({ gate: q.gate, at: new Date(at).toISOString(), items: docs.map(policyItem) });
}
