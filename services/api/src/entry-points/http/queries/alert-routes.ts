// Alerts a gate must act on, and the plate lookup. A token bound to a gate (domain/gate-binding.ts)
// asks about that gate by default and about no other, and its plate lookups list only the alerts
// aimed at its gate; the other roles ask about any gate. Both
// answers carry plates, VINs and free text, so both are audited with the records they return, and
// neither is open to analysts, who get aggregates (analytics) and summaries without persons.
import type { Request, Response } from 'express';
import { crossingNamed } from '@bex/shared';
import type { ViewDocument } from '@bex/view';
import { byPriorityThenExpiry, gateAlerts, plateAlerts, plateKey, plateSeizures } from '../../../domain/alert-queries';
import { readEntry, viewRecords } from '../../../domain/audit-entry';
import { instantParam } from '../../../domain/query-params';
import { boundGate, mayAskPlace, seesGates } from '../../../domain/gate-binding';
import { alertItem, seizureSummary } from '../../../domain/view-answers';
import { principalOf } from '../auth/authenticate';
import type { Endpoint } from '../auth/endpoint';
import type { FieldRule } from '../openapi/operation-doc';
import { crossingParam, gateParam } from './common-params';
import { gateNotAllowed, invalidQuery, readQuery, type QueryContext } from './query-context';

const GATE_QUERY = {
  gate: gateParam('Gate code; a border branch\'s own gate by default, and the only one it may ask for'),
  crossing: crossingParam('Instead of a gate: a crossing (both its sides); a border branch may ask for its own gate\'s crossing'),
  at: instantParam('Instant of validity (default now)'),
};
/** Gate or crossing, not both. */
const ONE_PLACE_RULE: FieldRule = { path: 'crossing', message: 'ask for a gate or a crossing, not both' };
/** A gate is needed unless the token names one. */
export const GATE_RULE: FieldRule = { path: 'gate', message: 'is required' };
// Plates are typed as they look: any script, with spaces, dashes and dots; what counts is what is
// left of letters and digits, which a pattern cannot count after Unicode normalisation.
const PLATE_RULE: FieldRule = { path: 'plate', message: 'must hold 1 to 20 letters or digits' };
const MAX_PLATE_CHARS = 40;

export const ALERT_ENDPOINTS: readonly Endpoint<QueryContext>[] = [
  {
    method: 'get',
    path: '/v1/alerts',
    roles: ['border-branch', 'officer', 'admin'],
    handle: alertsAtGate,
    doc: {
      operationId: 'listGateAlerts',
      summary: 'Live alerts targeting a gate: URGENT first, then by expiry (audited)',
      query: GATE_QUERY,
      ok: { status: 200, description: 'The alerts, with plates, VINs and free text; recorded in the read audit (alert-list) with each alert returned', schema: 'AlertList' },
      refusals: [{ status: 403, codes: ['gate-not-allowed'], description: 'A border branch asked about another gate (or crossing) than its own' }],
      rules: [GATE_RULE, ONE_PLACE_RULE],
    },
  },
  {
    method: 'get',
    path: '/v1/plates/:plate',
    roles: ['border-branch', 'officer', 'admin'],
    handle: plateLookup,
    doc: {
      operationId: 'lookUpPlate',
      summary: 'Live alerts (for a token bound to a gate, those aimed at its gate) and past seizures for a plate (audited)',
      path: { plate: { kind: 'text', pattern: new RegExp(`^[\\s\\S]{1,${MAX_PLATE_CHARS}}$`), hint: `1 to ${MAX_PLATE_CHARS} characters`, description: 'The plate as typed; case, spaces, dashes and dots are ignored' } },
      query: {},
      ok: { status: 200, description: 'What the view knows of the conveyance; recorded in the read audit (plate-lookup) with each alert and seizure returned, none found included', schema: 'PlateLookup' },
      rules: [PLATE_RULE],
    },
  },
];

async function alertsAtGate(ctx: QueryContext, req: Request, res: Response): Promise<void> {
  const principal = principalOf(req);
  const bound = boundGate(principal);
  const q = readQuery(req, res, GATE_QUERY, (v) => ({ ...v, gate: v.gate ?? (v.crossing === undefined ? bound : undefined) }));
  if (q === undefined) return;
  if (q.gate !== undefined && q.crossing !== undefined) return invalidQuery(req, res, [ONE_PLACE_RULE]);
  const crossing = q.crossing === undefined ? undefined : crossingNamed(q.crossing);
  const gates = crossing ? [...crossing.gates] : q.gate === undefined ? [] : [q.gate];
  if (!mayAskPlace(bound, crossing ? { crossingGates: crossing.gates } : { gate: q.gate })) return gateNotAllowed(req, res);
  if (gates.length === 0) return invalidQuery(req, res, [GATE_RULE]);
  const now = ctx.now();
  const at = q.at ?? now.getTime();
  // One indexed read per gate, merged: an alert naming both sides is listed once.
  const byId = new Map<string, ViewDocument>();
  for (const docs of await Promise.all(gates.map((g) => ctx.views.find(gateAlerts(g, at))))) for (const d of docs) byId.set(d._id, d);
  const docs = [...byId.values()].sort(byPriorityThenExpiry);
  await ctx.audit.record(readEntry(principal, 'alert-list', crossing?.code ?? q.gate!, viewRecords('VehicleRiskAlert', docs), res.locals.requestId, now));
  res.json({ gate: crossing ? null : q.gate, crossing: crossing?.code ?? null, at: new Date(at).toISOString(), items: docs.map((d) => alertItem(d, principal.personalData)) });
}

async function plateLookup(ctx: QueryContext, req: Request, res: Response): Promise<void> {
  const principal = principalOf(req);
  if (readQuery(req, res, {}) === undefined) return;
  const plate = req.params.plate as string;
  const key = [...plate].length > MAX_PLATE_CHARS ? undefined : plateKey(plate);
  if (key === undefined) return invalidQuery(req, res, [PLATE_RULE]);
  const now = ctx.now();
  const bound = boundGate(principal);
  const [found, seizures] = await Promise.all([ctx.views.find(plateAlerts(key, now.getTime())), ctx.views.find(plateSeizures(key))]);
  const alerts = found.filter((a) => seesGates(bound, a.gates)).sort(byPriorityThenExpiry);
  const returned = [...viewRecords('VehicleRiskAlert', alerts), ...viewRecords('SeizureCase', seizures)];
  await ctx.audit.record(readEntry(principal, 'plate-lookup', key, returned, res.locals.requestId, now));
  res.json({
    plate,
    normalised: key,
    activeAlerts: alerts.map((d) => alertItem(d, principal.personalData)),
    seizures: seizures.map(seizureSummary),
  });
}
