// The life cycle of a record as a table: which actions each record type offers, and from which
// status each action may start. A WITHDRAWN record is a tombstone, so nothing starts from it.
import type { RecordTypeName } from '@bex/shared';

export type Action = 'amend' | 'suspend' | 'reinstate' | 'withdraw' | 'supersede';
export type Status = 'ACTIVE' | 'AMENDED' | 'SUSPENDED' | 'WITHDRAWN' | 'EXPIRED' | 'SUPERSEDED';

export const ACTIONS_OF: Record<RecordTypeName, readonly Action[]> = {
  SeizureCase: ['amend', 'withdraw'],
  VehicleRiskAlert: ['amend', 'suspend', 'reinstate', 'withdraw'],
  AlertHit: ['withdraw'],
  PolicyChange: ['supersede', 'withdraw'],
};

// from status -> status of the new revision
const TRANSITIONS: Record<Action, Partial<Record<Status, Status>>> = {
  // An amended suspended alert stays suspended: changing its content is no reason to reactivate it.
  amend: { ACTIVE: 'AMENDED', AMENDED: 'AMENDED', SUSPENDED: 'SUSPENDED' },
  suspend: { ACTIVE: 'SUSPENDED', AMENDED: 'SUSPENDED' },
  reinstate: { SUSPENDED: 'ACTIVE' },
  withdraw: { ACTIVE: 'WITHDRAWN', AMENDED: 'WITHDRAWN', SUSPENDED: 'WITHDRAWN', EXPIRED: 'WITHDRAWN', SUPERSEDED: 'WITHDRAWN' },
  supersede: { ACTIVE: 'SUPERSEDED', AMENDED: 'SUPERSEDED' },
};

export type Transition = { ok: true; status: Status } | { ok: false; reason: string };

export function transition(recordType: RecordTypeName, action: Action, from: string): Transition {
  if (!ACTIONS_OF[recordType].includes(action)) return { ok: false, reason: `a ${recordType} cannot be ${pastTense(action)}` };
  const to = TRANSITIONS[action][from as Status];
  if (to === undefined) return { ok: false, reason: `a ${recordType} in status ${from} cannot be ${pastTense(action)}` };
  return { ok: true, status: to };
}

const PARTICIPLE: Record<Action, string> = {
  amend: 'amended',
  suspend: 'suspended',
  reinstate: 'reinstated',
  withdraw: 'withdrawn',
  supersede: 'superseded',
};

function pastTense(action: Action): string {
  return PARTICIPLE[action];
}
