// Seizure trends for analysts and officers. The period defaults to the last 365 days and may span
// at most ten years, so one request reads a bounded slice of the time index.
import type { Request, Response } from 'express';
import { analyticsQuery, GROUP_BY, SeizureGroups } from '../../../domain/analytics';
import type { Endpoint } from '../auth/endpoint';
import { invalidQuery, readQuery, type QueryContext } from './query-context';

const DAY = 86_400_000;
const DEFAULT_SPAN = 365 * DAY;
const MAX_SPAN = 3_653 * DAY;

export const ANALYTICS_ENDPOINTS: readonly Endpoint<QueryContext>[] = [
  { method: 'get', path: '/v1/analytics/seizures', roles: ['analyst', 'officer', 'admin', 'border-branch'], handle: seizureTrends },
];

async function seizureTrends(ctx: QueryContext, req: Request, res: Response): Promise<void> {
  const q = readQuery(req, res, (p) => ({ groupBy: p.required('groupBy', p.oneOf('groupBy', GROUP_BY)), from: p.instant('from'), to: p.instant('to') }));
  if (q?.groupBy === undefined) return;
  const to = q.to ?? ctx.now().getTime();
  const from = q.from ?? to - DEFAULT_SPAN;
  if (from >= to) return invalidQuery(req, res, [{ path: 'from', message: 'must be before to' }]);
  if (to - from > MAX_SPAN) return invalidQuery(req, res, [{ path: 'from', message: 'the period may span at most ten years' }]);
  const groups = new SeizureGroups(q.groupBy);
  for await (const doc of ctx.views.stream(analyticsQuery(from, to))) groups.add(doc);
  res.json({ groupBy: q.groupBy, from: new Date(from).toISOString(), to: new Date(to).toISOString(), groups: groups.result() });
}
