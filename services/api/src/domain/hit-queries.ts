// Hits partners (or our own gates) reported on the alerts this authority issued. A hit names its
// alert only by id, so the ids of our alerts are read first (indexed by source), then the hits on
// them (indexed by alertId and time).
import type { ViewDocument } from '@bex/view';
import { after, type Position } from './page-cursor';
import { BY_TIME, type ViewQuery } from './view-query';

/** With their target gates, which say which of the hits a border branch sees (gate-binding.ts). */
export function ownAlertIds(authority: string): ViewQuery {
  return { collection: 'VehicleRiskAlert', filter: { source: authority }, projection: { recordId: 1, gates: 1 }, index: { source: 1 } };
}

/**
 * A hit names its alert by id and, since AlertHit v2, by source: a hit on another authority's alert
 * that happens to (or is made to) share an id with ours is not ours. A v1 hit names no source and
 * is shown, as it was before; a partner could send such a hit on our alert anyway.
 */
export function hitsOnAlerts(authority: string, alertIds: readonly string[], limit: number, from?: Position, visible: (doc: ViewDocument) => boolean = () => true): ViewQuery {
  // A withdrawn hit's tombstone keeps no alert id, so the ids alone leave it out.
  const filter: Record<string, unknown> = { alertId: { $in: [...alertIds] } };
  const paging = from === undefined ? undefined : after('occurredAt', from);
  if (paging) filter.occurredAt = paging.range;
  const ours = (doc: ViewDocument): boolean => (doc.alertSource == null || doc.alertSource === authority) && visible(doc);
  const residual = paging ? (doc: ViewDocument) => ours(doc) && paging.residual(doc) : ours;
  return { collection: 'AlertHit', filter, sort: BY_TIME, limit: limit + 1, index: { alertId: 1, ...BY_TIME }, residual };
}

/** One hit by id, of one source or of any (details). */
export function hitsById(id: string, source?: string): ViewQuery {
  return { collection: 'AlertHit', filter: source === undefined ? { recordId: id } : { recordId: id, source }, limit: 10, index: { recordId: 1, source: 1 } };
}
