// Alerts a gate must act on now, and what is known of one conveyance. A gate sees a handful of live
// alerts, so the order (URGENT first, then the soonest to expire) is applied after an indexed read.
import type { ViewDocument } from '@bex/view';
import { normalisePlate } from '@bex/shared';
import { BY_TIME, LIVE_ALERT, validAt, type ViewQuery } from './view-query';

/** More live alerts than this at one gate is a data problem, not a list to page through. */
export const GATE_ALERT_CAP = 500;
export const PLATE_SEIZURE_LIMIT = 50;

export function gateAlerts(gate: string, at: number): ViewQuery {
  return {
    collection: 'VehicleRiskAlert',
    filter: { gates: gate, status: { $in: [...LIVE_ALERT] } },
    residual: validAt(at),
    limit: GATE_ALERT_CAP,
    index: { gates: 1, status: 1, validUntil: 1 },
  };
}

export function plateAlerts(plateKey: string, at: number): ViewQuery {
  return {
    collection: 'VehicleRiskAlert',
    filter: { plateKeys: plateKey, status: { $in: [...LIVE_ALERT] } },
    residual: validAt(at),
    limit: GATE_ALERT_CAP,
    index: { plateKeys: 1, status: 1, validUntil: 1 },
  };
}

export function plateSeizures(plateKey: string): ViewQuery {
  return {
    collection: 'SeizureCase',
    // A withdrawal's tombstone keeps no plate, so the plate alone leaves it out.
    filter: { plateKeys: plateKey },
    sort: BY_TIME,
    limit: PLATE_SEIZURE_LIMIT,
    index: { plateKeys: 1, ...BY_TIME },
  };
}

/** The lookup key of a typed plate, or undefined when nothing of a plate is left. */
export function plateKey(typed: string): string | undefined {
  const key = normalisePlate(typed);
  return key.length === 0 || key.length > 20 ? undefined : key;
}

const priorityRank = (doc: ViewDocument): number => ((doc.record as { priority?: unknown } | null)?.priority === 'URGENT' ? 0 : 1);

/** URGENT before ROUTINE, then the one expiring first; open-ended alerts last; ids break ties. */
export function byPriorityThenExpiry(a: ViewDocument, b: ViewDocument): number {
  const until = (d: ViewDocument) => d.validUntil ?? Number.POSITIVE_INFINITY;
  return priorityRank(a) - priorityRank(b) || until(a) - until(b) || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0);
}

/** One alert by id, of one source or of any (details). */
export function alertsById(id: string, source?: string): ViewQuery {
  return { collection: 'VehicleRiskAlert', filter: source === undefined ? { recordId: id } : { recordId: id, source }, limit: 10, index: { recordId: 1, source: 1 } };
}

/** This authority's own alerts, for the receipts of urgent ones (the { source } index). */
export function ownAlerts(self: string, issuedBefore: number): ViewQuery {
  return {
    collection: 'VehicleRiskAlert',
    filter: { source: self },
    index: { source: 1 },
    limit: 500,
    residual: (d) => (LIVE_ALERT as readonly string[]).includes(d.status) && d.issuedAt <= issuedBefore && (d.record as { priority?: string } | null)?.priority === 'URGENT',
  };
}
