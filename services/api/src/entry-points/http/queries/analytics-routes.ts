// Seizure trends for analysts and officers. The period defaults to the last 365 days and may span
// at most ten years, so one request reads a bounded slice of the time index.
import type { Request, Response } from 'express';
import { analyticsQuery, GROUP_BY, SeizureGroups } from '../../../domain/analytics';
import { oneOfParam, required } from '../../../domain/query-params';
import { clampInstant } from '../../../domain/timestamp-type';
import type { Endpoint } from '../auth/endpoint';
import type { FieldRule } from '../openapi/operation-doc';
import { FROM, TO } from './common-params';
import { invalidQuery, readQuery, type QueryContext } from './query-context';

const DAY = 86_400_000;
const DEFAULT_SPAN = 365 * DAY;
const MAX_SPAN = 3_653 * DAY;

const QUERY = { groupBy: required(oneOfParam(GROUP_BY, 'Dimension')), from: FROM, to: TO };
const ORDER_RULE: FieldRule = { path: 'from', message: 'must be before to' };
const SPAN_RULE: FieldRule = { path: 'from', message: 'the period may span at most ten years' };

export const ANALYTICS_ENDPOINTS: readonly Endpoint<QueryContext>[] = [
  {
    method: 'get',
    path: '/v1/analytics/seizures',
    roles: ['analyst', 'officer', 'admin', 'border-branch'],
    handle: seizureTrends,
    doc: {
      operationId: 'seizureTrends',
      summary: 'Seizure counts and exact quantity totals per unit, grouped',
      description: 'The period defaults to the 365 days before `to` (default now) and may span at most ten years.',
      query: QUERY,
      ok: { status: 200, description: 'The groups', schema: 'Trends' },
      rules: [ORDER_RULE, SPAN_RULE],
    },
  },
];

async function seizureTrends(ctx: QueryContext, req: Request, res: Response): Promise<void> {
  const q = readQuery(req, res, QUERY);
  if (q?.groupBy === undefined) return;
  const to = q.to ?? ctx.now().getTime();
  const from = q.from ?? clampInstant(to - DEFAULT_SPAN);
  if (from >= to) return invalidQuery(req, res, [ORDER_RULE]);
  if (to - from > MAX_SPAN) return invalidQuery(req, res, [SPAN_RULE]);
  const groups = new SeizureGroups(q.groupBy);
  for await (const doc of ctx.views.stream(analyticsQuery(from, to))) groups.add(doc);
  res.json({ groupBy: q.groupBy, from: new Date(from).toISOString(), to: new Date(to).toISOString(), groups: groups.result() });
}
