// Possible matches between a seizure or hit and a live alert (the projector finds them). A border
// branch sees those at its gate, officers and admins all; each shows the alert and the record side
// by side (audited, as both carry plates). Confirming one sends the issuer an AlertHit through the
// normal path (outbox, relay, agreements), linked to the seizure, carrying a third authority's
// record only as far as its owner's agreements allow (domain/match-sharing.ts); dismissing one
// records why. A token bound to a gate (domain/gate-binding.ts) sees and decides its gate's only.
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { recordKey, type Agreement, type RecordTypeName } from '@bex/shared';
import { DISMISS_REASONS, isLiveAlert, MATCH_ID, type MatchStore, type PossibleMatch } from '@bex/view';
import { readEntry, viewRecords } from '../../domain/audit-entry';
import { draftRecord } from '../../domain/draft';
import { boundGate, mayAskPlace } from '../../domain/gate-binding';
import { hitFromMatch } from '../../domain/match-hit';
import { shareableMatched } from '../../domain/match-sharing';
import { byKeys } from '../../domain/view-query';
import { integerParam, oneOfParam, required, textParam } from '../../domain/query-params';
import { RECORD_KINDS, schemaOf } from '../../domain/record-kinds';
import { requestBody } from '../../domain/request-body';
import { alertItem, hitItem, seizureSummary } from '../../domain/view-answers';
import type { RevisionWriter } from '../../data-access/revision-writer';
import { principalOf } from './auth/authenticate';
import type { Endpoint } from './auth/endpoint';
import { authoriseWrite } from './authorise-write';
import { InvalidRecord } from './invalid-record';
import { gateParam } from './queries/common-params';
import { gateNotAllowed, readQuery, type QueryContext } from './queries/query-context';
import { sendProblem } from './problem';
import { accepted, actorOf, serverMeta } from './submission-context';
import { withIssuingOffice } from './record-routes';

export interface MatchContext extends QueryContext {
  writer: RevisionWriter;
  matches: MatchStore;
  /** Every agreement, partners' among them: whether a matched record's owner shares it with the alert's issuer. */
  agreements: readonly Agreement[];
}

const LIST_QUERY = {
  gate: gateParam('Gate code; a border branch\'s own gate by default, and the only one it may ask for'),
  state: oneOfParam(['open', 'confirmed', 'dismissed'] as const, 'Which matches (default open)'),
  limit: integerParam(1, 200, 50, 'How many, newest first, 1 to 200 (default 50)'),
};
const ID_PARAM = { id: textParam(MATCH_ID, 'a match id', 'Match id, as the list gave it') };
const DISMISS_QUERY = { reason: required(oneOfParam(DISMISS_REASONS, 'Why the match is not one')) };
const NOT_FOUND = { status: 404, codes: ['match-not-found'], description: 'No such match, or not at this border branch\'s gate' } as const;
const DECIDED = { status: 409, codes: ['match-decided'], description: 'The match was already confirmed or dismissed' } as const;
const ACT_ROLES = ['border-branch', 'officer', 'admin'] as const;

export const MATCH_ENDPOINTS: readonly Endpoint<MatchContext>[] = [
  {
    method: 'get',
    path: '/v1/matches',
    roles: [...ACT_ROLES],
    handle: listMatches,
    doc: {
      operationId: 'listPossibleMatches',
      summary: 'Seizures and hits whose vehicle (plate, VIN or container) matches a live alert, with both side by side (audited)',
      query: LIST_QUERY,
      ok: { status: 200, description: 'The matches, newest first; recorded in the read audit (match-list) with every record shown', schema: 'MatchList' },
      refusals: [{ status: 403, codes: ['gate-not-allowed'], description: 'A border branch asked about another gate than its own' }],
    },
  },
  {
    method: 'post',
    path: '/v1/matches/:id/confirm',
    roles: [...ACT_ROLES],
    handle: confirmMatch,
    doc: {
      operationId: 'confirmPossibleMatch',
      summary: 'Confirm a match: an AlertHit (check reason ALERT_MATCH, the seizure linked) goes to the alert\'s issuer',
      description: 'Carries no body: the hit is built from the matched record and the alert.',
      path: ID_PARAM,
      ok: { status: 202, description: 'The hit is durable in the outbox', schema: 'Accepted' },
      refusals: [NOT_FOUND, DECIDED, { status: 409, codes: ['alert-not-live'], description: 'The alert is no longer live, or the matched record is gone from the view' }],
    },
  },
  {
    method: 'post',
    path: '/v1/matches/:id/dismiss',
    roles: [...ACT_ROLES],
    handle: dismissMatch,
    doc: {
      operationId: 'dismissPossibleMatch',
      summary: 'Dismiss a match, with the reason',
      path: ID_PARAM,
      query: DISMISS_QUERY,
      ok: { status: 200, description: 'The match as decided', schema: 'MatchDecision' },
      refusals: [NOT_FOUND, DECIDED],
    },
  },
];

async function listMatches(ctx: MatchContext, req: Request, res: Response): Promise<void> {
  const principal = principalOf(req);
  const bound = boundGate(principal);
  const q = readQuery(req, res, LIST_QUERY, (v) => ({ ...v, gate: v.gate ?? bound }));
  if (q === undefined) return;
  if (!mayAskPlace(bound, { gate: q.gate })) return gateNotAllowed(req, res);
  const matches = await ctx.matches.list({ state: q.state ?? 'open', limit: q.limit ?? 50, ...(q.gate === undefined ? {} : { gate: q.gate }) });
  const docs = await sidesOf(ctx, matches);
  const shown = matches.filter((m) => docs.has(alertKeyOf(m)) && docs.has(recordKeyOf(m)));
  const now = ctx.now();
  await ctx.audit.record(
    readEntry(principal, 'match-list', q.gate ?? '*', [
      ...viewRecords('VehicleRiskAlert', shown.map((m) => docs.get(alertKeyOf(m))!)),
      ...shown.flatMap((m) => viewRecords(m.record.type, [docs.get(recordKeyOf(m))!])),
    ], res.locals.requestId, now),
  );
  res.json({
    items: shown.map((m) => {
      const record = docs.get(recordKeyOf(m))!;
      return {
        id: m._id, state: m.state, createdAt: m.createdAt.toISOString(), matchedOn: m.matchedOn, gates: m.gates,
        alert: alertItem(docs.get(alertKeyOf(m))!, principal.personalData),
        record: { type: m.record.type, ...(m.record.type === 'SeizureCase' ? { seizure: seizureSummary(record), hit: null } : { seizure: null, hit: hitItem(record, principal.personalData) }) },
        decidedAt: m.decidedAt?.toISOString() ?? null, dismissReason: m.dismissReason ?? null, hitId: m.hitId ?? null,
      };
    }),
  });
}

async function confirmMatch(ctx: MatchContext, req: Request, res: Response): Promise<void> {
  const match = await decidable(ctx, req, res);
  if (match === undefined) return;
  const docs = await sidesOf(ctx, [match]);
  const alert = docs.get(alertKeyOf(match));
  const record = docs.get(recordKeyOf(match));
  const now = ctx.now();
  if (alert === undefined || record === undefined || record.record === null || !isLiveAlert(alert, now.getTime())) {
    return sendProblem(req, res, { code: 'alert-not-live', status: 409, detail: 'the alert is no longer live, or the matched record is gone from this view' });
  }
  const principal = principalOf(req);
  const shareable = shareableMatched(record.record, { self: ctx.authority, alertSource: alert.source, agreements: ctx.agreements, at: now });
  const hit = hitFromMatch(alert, { type: match.record.type, doc: record, shareable }, { self: ctx.authority, gate: boundGate(principal) ?? principal.gate, office: principal.office, at: now });
  const meta = serverMeta(ctx, 'AlertHit', randomUUID(), 1, 'ACTIVE', now);
  const draft = draftRecord(schemaOf('AlertHit'), withIssuingOffice(requestBody('AlertHit', hit), req), meta);
  if (!draft.ok) throw new InvalidRecord(draft.errors);
  authoriseWrite(req, [draft.record]);
  // Claimed first, so two officers confirming at once send one hit; the claim is undone if the hit cannot be written.
  const claimed = await ctx.matches.decide(match._id, { state: 'confirmed', decidedAt: now, decidedBy: { office: principal.office }, hitId: draft.record.meta.recordId });
  if (!claimed) return decided(req, res);
  try {
    await ctx.writer.create(draft.record, now, actorOf(req));
  } catch (err) {
    await ctx.matches.reopen(match._id);
    throw err;
  }
  accepted(res, RECORD_KINDS.find((k) => k.recordType === 'AlertHit')!, draft.record);
}

async function dismissMatch(ctx: MatchContext, req: Request, res: Response): Promise<void> {
  const q = readQuery(req, res, DISMISS_QUERY);
  if (q === undefined) return;
  const match = await decidable(ctx, req, res);
  if (match === undefined) return;
  const now = ctx.now();
  const reason = q.reason!;
  if (!(await ctx.matches.decide(match._id, { state: 'dismissed', decidedAt: now, decidedBy: { office: principalOf(req).office }, dismissReason: reason }))) return decided(req, res);
  res.json({ id: match._id, state: 'dismissed', decidedAt: now.toISOString(), dismissReason: reason });
}

/** The open match by the path's id, if this caller may decide it; answers the refusal otherwise. */
async function decidable(ctx: MatchContext, req: Request, res: Response): Promise<PossibleMatch | undefined> {
  const id = req.params.id as string;
  const match = MATCH_ID.test(id) ? await ctx.matches.byId(id) : undefined;
  const bound = boundGate(principalOf(req));
  // Another gate's match is not found, not forbidden: a border branch learns nothing of other gates.
  if (match === undefined || (bound !== undefined && !match.gates.includes(bound))) {
    sendProblem(req, res, { code: 'match-not-found', status: 404, detail: 'no such match at this gate' });
    return undefined;
  }
  if (match.state !== 'open') {
    decided(req, res);
    return undefined;
  }
  return match;
}

function decided(req: Request, res: Response): void {
  sendProblem(req, res, { code: 'match-decided', status: 409, detail: 'the match was already confirmed or dismissed' });
}

const alertKeyOf = (m: PossibleMatch): string => `VehicleRiskAlert|${recordKey(m.alert.source, m.alert.recordId)}`;
const recordKeyOf = (m: PossibleMatch): string => `${m.record.type}|${recordKey(m.record.source, m.record.recordId)}`;

/** Both sides of each match from the view: one read by _id per record type. */
async function sidesOf(ctx: MatchContext, matches: readonly PossibleMatch[]) {
  const wanted = new Map<RecordTypeName, Set<string>>();
  const want = (type: RecordTypeName, key: string) => wanted.set(type, (wanted.get(type) ?? new Set()).add(key));
  for (const m of matches) {
    want('VehicleRiskAlert', recordKey(m.alert.source, m.alert.recordId));
    want(m.record.type, recordKey(m.record.source, m.record.recordId));
  }
  const docs = new Map<string, Awaited<ReturnType<typeof ctx.views.find>>[number]>();
  for (const [type, keys] of wanted) for (const doc of await ctx.views.find(byKeys(type, [...keys]))) docs.set(`${type}|${doc._id}`, doc);
  return docs;
}

