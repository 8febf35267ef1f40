// Hits partners (or our own gates) reported on the alerts this authority issued. A hit names its
// alert only by id, so the ids of our alerts are read first (indexed by source), then the hits on
// them (indexed by alertId and time).
import { after, type Position } from './page-cursor';
import { BY_TIME, type ViewQuery } from './view-query';

export function ownAlertIds(authority: string): ViewQuery {
  return { collection: 'VehicleRiskAlert', filter: { source: authority }, projection: { _id: 1 }, index: { source: 1 } };
}

export function hitsOnAlerts(alertIds: readonly string[], limit: number, from?: Position): ViewQuery {
  // A withdrawn hit's tombstone keeps no alert id, so the ids alone leave it out.
  const filter: Record<string, unknown> = { alertId: { $in: [...alertIds] } };
  const paging = from === undefined ? undefined : after('occurredAt', from);
  if (paging) filter.occurredAt = paging.range;
  return { collection: 'AlertHit', filter, sort: BY_TIME, limit: limit + 1, index: { alertId: 1, ...BY_TIME }, ...(paging ? { residual: paging.residual } : {}) };
}
