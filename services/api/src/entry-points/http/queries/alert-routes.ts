// Alerts a gate must act on, and the plate lookup. A border branch's token names its gate: that is
// the default gate, and the only one it may ask about; the other roles ask about any gate. Both
// answers carry plates, VINs and free text, so both are audited with the records they return, and
// neither is open to analysts, who get aggregates (analytics) and summaries without persons.
import type { Request, Response } from 'express';
import { byPriorityThenExpiry, gateAlerts, plateAlerts, plateKey, plateSeizures } from '../../../domain/alert-queries';
import { readEntry, viewRecords } from '../../../domain/audit-entry';
import { GATE_CODE } from '../../../domain/query-params';
import { alertItem, seizureSummary } from '../../../domain/view-answers';
import { principalOf } from '../auth/authenticate';
import type { Endpoint } from '../auth/endpoint';
import type { Principal } from '../auth/principal';
import { gateNotAllowed, invalidQuery, readQuery, type QueryContext } from './query-context';

/** The gate a holder with no other role than border-branch is bound to. */
export function boundGate(p: Principal): string | undefined {
  return p.roles.every((r) => r === 'border-branch') ? (p.gate ?? p.office) : undefined;
}

export const ALERT_ENDPOINTS: readonly Endpoint<QueryContext>[] = [
  { method: 'get', path: '/v1/alerts', roles: ['border-branch', 'officer', 'admin'], handle: alertsAtGate },
  { method: 'get', path: '/v1/plates/:plate', roles: ['border-branch', 'officer', 'admin'], handle: plateLookup },
];

async function alertsAtGate(ctx: QueryContext, req: Request, res: Response): Promise<void> {
  const principal = principalOf(req);
  const bound = boundGate(principal);
  const q = readQuery(req, res, (p) => ({ gate: p.string('gate', GATE_CODE, 'a gate code such as LA-DTO') ?? bound, at: p.instant('at') }));
  if (q === undefined) return;
  if (bound !== undefined && q.gate !== bound) return gateNotAllowed(req, res);
  if (q.gate === undefined) return invalidQuery(req, res, [{ path: 'gate', message: 'is required' }]);
  const now = ctx.now();
  const at = q.at ?? now.getTime();
  const docs = (await ctx.views.find(gateAlerts(q.gate, at))).sort(byPriorityThenExpiry);
  await ctx.audit.record(readEntry(principal, 'alert-list', q.gate, viewRecords('VehicleRiskAlert', docs), res.locals.requestId, now));
  res.json({ gate: q.gate, at: new Date(at).toISOString(), items: docs.map((d) => alertItem(d, principal.personalData)) });
}

async function plateLookup(ctx: QueryContext, req: Request, res: Response): Promise<void> {
  const principal = principalOf(req);
  if (readQuery(req, res, () => true) === undefined) return;
  const plate = req.params.plate as string;
  const key = plateKey(plate);
  if (key === undefined) return invalidQuery(req, res, [{ path: 'plate', message: 'must hold 1 to 20 letters or digits' }]);
  const now = ctx.now();
  const [alerts, seizures] = await Promise.all([ctx.views.find(plateAlerts(key, now.getTime())), ctx.views.find(plateSeizures(key))]);
  alerts.sort(byPriorityThenExpiry);
  const returned = [...viewRecords('VehicleRiskAlert', alerts), ...viewRecords('SeizureCase', seizures)];
  await ctx.audit.record(readEntry(principal, 'plate-lookup', key, returned, res.locals.requestId, now));
  res.json({
    plate,
    normalised: key,
    activeAlerts: alerts.map((d) => alertItem(d, principal.personalData)),
    seizures: seizures.map(seizureSummary),
  });
}
