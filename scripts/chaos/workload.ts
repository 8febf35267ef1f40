// The chaos load as a model: which records each authority has, what may happen to each next
// (create, amend, suspend, reinstate, withdraw, supersede), the request for it, and what an answer
// means. Every accepted revision is kept as the record it must be (built here from what was sent and
// what the 202 said), so the end can plan, revision by revision, what every view must hold.
import { requestBody } from '@bex/api';
import { avroType, botenClosure, botenReopening, botenSeizure, dakTaOocHit, dakTaOocSeizure, gateLocation, truckAlert, type GateCode } from '@bex/schemas';
import { tombstone, type AnyRecord, type RecordTypeName } from '@bex/shared';
import type { Rng } from './rng';

export const CHAOS_AUTHORITY_CODES = ['LA', 'VN', 'CN'] as const;
export type Code = (typeof CHAOS_AUTHORITY_CODES)[number];
export type Action = 'create' | 'amend' | 'suspend' | 'reinstate' | 'withdraw' | 'supersede';

const COLLECTION: Record<RecordTypeName, string> = {
  SeizureCase: 'seizure-cases',
  VehicleRiskAlert: 'vehicle-alerts',
  AlertHit: 'alert-hits',
  PolicyChange: 'policy-changes',
};

// Gates in and out of the LA→CN scope, and every handling code (H3 never leaves its source), so
// that amendments move records into and out of what partners may hold.
const GATES: readonly GateCode[] = ['LA-BTN', 'CN-MHN', 'LA-DTO', 'VN-NGI'];
const HANDLING = ['H0', 'H1', 'H1', 'H2', 'H2', 'H3'] as const;
const DAY = 24 * 3600 * 1000;

export interface Tracked {
  source: Code;
  type: RecordTypeName;
  recordId: string;
  /** Every revision answered 202, in order (revision 1 first). */
  revisions: AnyRecord[];
  busy: boolean;
  /** An answer was lost (timeout, reset, 5xx): the next revision may or may not exist; no more changes. */
  retired: boolean;
}

export interface Accepted {
  authority: Code;
  type: RecordTypeName;
  recordId: string;
  revision: number;
  status: string;
}

export interface PlannedRequest {
  authority: Code;
  action: Action;
  type: RecordTypeName;
  method: 'POST' | 'PUT';
  path: string;
  body?: Record<string, unknown>;
  /** The record changed (all but create). */
  target?: Tracked;
  /** The content sent (create, amend, supersede). */
  content?: AnyRecord;
}

export interface AnswerBody {
  recordId?: string;
  revision?: number;
  status?: string;
  superseded?: { recordId: string; revision: number; status: string };
}

/** Content of a new record or an amendment by `source`: a sample with a random gate and handling code. */
export function sampleContent(type: RecordTypeName, rng: Rng, now: number, source: Code): AnyRecord {
  const gate = rng.pick(GATES);
  let record: Record<string, unknown>;
  switch (type) {
    case 'SeizureCase':
      record = { ...structuredClone(rng.pick([botenSeizure, dakTaOocSeizure])), location: gateLocation(gate) };
      break;
    case 'VehicleRiskAlert':
      // Valid around now, so that no view expires it during the run.
      record = { ...structuredClone(truckAlert), targetGates: [gate], validFrom: now - DAY, validUntil: now + 60 * DAY, responseDeadline: now + 7 * DAY };
      break;
    case 'AlertHit':
      // An api accepts only hits reported by its own authority.
      record = { ...structuredClone(dakTaOocHit), reportingAuthority: source, location: gateLocation(gate), seenAt: now - 3600 * 1000 };
      break;
    case 'PolicyChange':
      record = { ...structuredClone(rng.pick([botenClosure, botenReopening])), affectedGates: [gate], supersedes: [] };
      break;
  }
  const meta = { ...(record.meta as AnyRecord['meta']), handlingCode: rng.pick(HANDLING) };
  return { ...record, meta } as AnyRecord;
}

/** The record an accepted revision is: the content sent, with the meta the server sets. */
function asAccepted(content: AnyRecord, source: Code, recordId: string, revision: number, status: string, supersedes?: string): AnyRecord {
  const meta = { ...content.meta, source, recipient: source, recordId, revision, status, issuingOffice: `${source}-HQ`, redactedPaths: [], retraction: null };
  return { ...content, ...(supersedes === undefined ? {} : { supersedes: [supersedes] }), meta } as AnyRecord;
}

function statusChange(head: AnyRecord, revision: number, status: string): AnyRecord {
  return { ...head, meta: { ...head.meta, revision, status } } as AnyRecord;
}

const head = (t: Tracked): AnyRecord => t.revisions[t.revisions.length - 1]!;

/** Actions the head's status allows, weighted by repetition. */
function actionsFor(t: Tracked): Action[] {
  const status = head(t).meta.status;
  if (status === 'WITHDRAWN') return [];
  switch (t.type) {
    case 'SeizureCase':
      return ['amend', 'amend', 'amend', 'withdraw'];
    case 'VehicleRiskAlert':
      return status === 'SUSPENDED' ? ['reinstate', 'reinstate', 'amend', 'withdraw'] : ['amend', 'amend', 'suspend', 'suspend', 'withdraw'];
    case 'AlertHit':
      return ['withdraw'];
    case 'PolicyChange':
      return status === 'SUPERSEDED' ? ['withdraw'] : ['supersede', 'supersede', 'withdraw'];
  }
}

const CREATE_TYPES: readonly RecordTypeName[] = ['SeizureCase', 'SeizureCase', 'VehicleRiskAlert', 'VehicleRiskAlert', 'AlertHit', 'PolicyChange', 'PolicyChange'];

export class Workload {
  readonly records = new Map<string, Tracked>();
  readonly accepted: Accepted[] = [];
  /** Creates (and supersessions) whose answer was lost: a record of theirs may exist that no 202 names. */
  readonly unknownCreates: Record<Code, number> = { LA: 0, VN: 0, CN: 0 };
  private readonly live: Record<Code, Tracked[]> = { LA: [], VN: [], CN: [] };

  constructor(private readonly rng: Rng, private readonly now: () => number = Date.now) {}

  /** The next request for this authority: a new record about half the time, else a change of one of its own. */
  next(authority: Code): PlannedRequest {
    const target = this.rng.chance(0.45) ? undefined : this.pickChangeable(authority);
    if (target === undefined) {
      const type = this.rng.pick(CREATE_TYPES);
      const content = sampleContent(type, this.rng, this.now(), authority);
      return { authority, action: 'create', type, method: 'POST', path: `/v1/${COLLECTION[type]}`, body: requestBody(type, content), content };
    }
    target.busy = true;
    const action = this.rng.pick(actionsFor(target));
    const base = `/v1/${COLLECTION[target.type]}/${encodeURIComponent(target.recordId)}`;
    const common = { authority, action, type: target.type, target };
    if (action === 'amend' || action === 'supersede') {
      const content = sampleContent(target.type, this.rng, this.now(), authority);
      return action === 'amend'
        ? { ...common, method: 'PUT', path: base, body: requestBody(target.type, content), content }
        : { ...common, method: 'POST', path: `${base}/supersede`, body: requestBody(target.type, content), content };
    }
    return { ...common, method: 'POST', path: `${base}/${action}` };
  }

  private pickChangeable(authority: Code): Tracked | undefined {
    const list = this.live[authority];
    for (let tries = 0; tries < 8 && list.length > 0; tries++) {
      const i = this.rng.int(list.length);
      const t = list[i]!;
      if (t.retired || actionsFor(t).length === 0) {
        list[i] = list[list.length - 1]!;
        list.pop();
        continue;
      }
      if (!t.busy) return t;
    }
    return undefined;
  }

  /** A 202: the revision(s) it names are accepted. */
  onAccepted(req: PlannedRequest, answer: AnswerBody): void {
    const { authority, type } = req;
    const revision = Number(answer.revision);
    const status = String(answer.status);
    const recordId = String(answer.recordId);
    if (req.action === 'create' || req.action === 'supersede') {
      const supersedes = req.action === 'supersede' ? req.target!.recordId : undefined;
      this.track({ source: authority, type, recordId, revisions: [asAccepted(req.content!, authority, recordId, revision, status, supersedes)], busy: false, retired: false });
      this.accepted.push({ authority, type, recordId, revision, status });
    }
    const t = req.target;
    if (t === undefined) return;
    const h = head(t);
    if (req.action === 'supersede') {
      const old = answer.superseded!;
      t.revisions.push(statusChange(h, old.revision, old.status));
      this.accepted.push({ authority, type, recordId: t.recordId, revision: old.revision, status: old.status });
    } else {
      if (recordId !== t.recordId) throw new Error(`${req.method} ${req.path} answered for ${recordId}`);
      const next =
        req.action === 'amend'
          ? asAccepted(req.content!, authority, t.recordId, revision, status)
          : req.action === 'withdraw'
            ? tombstone(avroType(type), h, { revision, status: status as never, retraction: 'WITHDRAWN' })
            : statusChange(h, revision, status);
      t.revisions.push(next);
      this.accepted.push({ authority, type, recordId: t.recordId, revision, status });
    }
    const expected = h.meta.revision + 1;
    const got = t.revisions[t.revisions.length - 1]!.meta.revision;
    if (got !== expected) throw new Error(`${t.recordId}: 202 for revision ${got}, expected ${expected}`);
    t.busy = false;
  }

  /** A refusal (4xx, connection refused): nothing was written. */
  onRefused(req: PlannedRequest): void {
    if (req.target) req.target.busy = false;
  }

  /** No answer, or a server error: the write may have happened. */
  onUnknown(req: PlannedRequest): void {
    if (req.target) {
      req.target.retired = true;
      req.target.busy = false;
    }
    if (req.action === 'create' || req.action === 'supersede') this.unknownCreates[req.authority] += 1;
  }

  private track(t: Tracked): void {
    this.records.set(`${t.source}:${t.recordId}`, t);
    this.live[t.source].push(t);
  }
}
