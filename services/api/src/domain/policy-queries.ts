// What rules a gate works under at a date: changes that were not withdrawn or replaced, effective
// from on or before that date and not yet ended. A superseded change drops out by its status, so
// the successor alone answers.
import type { ViewQuery } from './view-query';

export const POLICY_CAP = 200;

export function policiesInForce(gate: string, at: number): ViewQuery {
  return {
    collection: 'PolicyChange',
    filter: { gates: gate, validFrom: { $lte: at } },
    residual: (doc) => doc.status !== 'WITHDRAWN' && doc.status !== 'SUPERSEDED' && (doc.validUntil == null || doc.validUntil > at),
    sort: { validFrom: -1 },
    limit: POLICY_CAP,
    index: { gates: 1, validFrom: 1 },
  };
}

/** One policy change by id, of one source or of any (details). */
export function policiesById(id: string, source?: string): ViewQuery {
  return { collection: 'PolicyChange', filter: source === undefined ? { recordId: id } : { recordId: id, source }, limit: 10, index: { recordId: 1, source: 1 } };
}
