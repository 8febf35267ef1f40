// Seizure trends for analysts and officers. The period defaults to the last 365 days and may span
// at most ten years, so one request reads a bounded slice of the time index.
import type { Request, Response } from 'express';
import { AUTHORITIES, crossingNamed } from '@bex/shared';
import { analyticsQuery, GROUP_BY, previousPeriod, SeizureGroups, type Group, type GroupBy, type TrendFilters } from '../../../domain/analytics';
import { oneOfParam, required, textParam } from '../../../domain/query-params';
import { trendsCsv, type TrendsAnswer } from '../../../domain/trends-csv';
import type { ViewReader } from '../../../data-access/view-reader';
import { clampInstant } from '../../../domain/timestamp-type';
import type { Endpoint } from '../auth/endpoint';
import type { FieldRule } from '../openapi/operation-doc';
import { ANALYTICS_BUSY, fewAtOnce } from './analytics-in-flight';
import { crossingParam, FROM, gateParam, TO } from './common-params';
import { invalidQuery, readQuery, type QueryContext } from './query-context';

const DAY = 86_400_000;
const DEFAULT_SPAN = 365 * DAY;
const MAX_SPAN = 3_653 * DAY;

const ROUTE = /^([A-Z]{2}|UNKNOWN)-([A-Z]{2}|UNKNOWN)$/;
const QUERY = {
  groupBy: required(oneOfParam(GROUP_BY, 'Dimension')),
  from: FROM,
  to: TO,
  gate: gateParam('Only seizures at this gate'),
  crossing: crossingParam('Only seizures at either side of this crossing'),
  category: textParam(/^[A-Z][A-Z_]{1,39}$/, 'a commodity category such as PSYCHOTROPIC_SUBSTANCES', 'Only seizures with goods of this category'),
  route: textParam(ROUTE, 'origin-destination countries such as MM-CN (UNKNOWN where not recorded)', 'Only seizures on this route'),
  source: oneOfParam(AUTHORITIES, 'Only seizures of this authority (a partner, or this authority itself)'),
  direction: oneOfParam(['IMPORT', 'EXPORT', 'TRANSIT', 'INLAND', 'UNKNOWN'] as const, 'Only seizures in this direction'),
  compare: oneOfParam(['previous'] as const, 'previous: the period just before, as long, with the same filters, beside the current one'),
};
const ORDER_RULE: FieldRule = { path: 'from', message: 'must be before to' };
const SPAN_RULE: FieldRule = { path: 'from', message: 'the period may span at most ten years' };
const ONE_PLACE_RULE: FieldRule = { path: 'crossing', message: 'filter by a gate or a crossing, not both' };
const RULES = [ORDER_RULE, SPAN_RULE, ONE_PLACE_RULE];
const DESCRIPTION = 'The period defaults to the 365 days before `to` (default now) and may span at most ten years. Filters narrow the seizures counted; `compare=previous` adds the period just before, with the same filters.';

export const ANALYTICS_ENDPOINTS: readonly Endpoint<QueryContext>[] = [
  {
    method: 'get',
    path: '/v1/analytics/seizures',
    roles: ['analyst', 'officer', 'admin', 'border-branch'],
    handle: fewAtOnce((ctx, req, res) => answerTrends(ctx, req, res, 'json')),
    doc: {
      operationId: 'seizureTrends',
      summary: 'Seizure counts and exact quantity totals per unit, grouped, filtered, beside the previous period',
      description: DESCRIPTION,
      query: QUERY,
      ok: { status: 200, description: 'The groups', schema: 'Trends' },
      rules: RULES,
      refusals: [ANALYTICS_BUSY],
    },
  },
  {
    method: 'get',
    path: '/v1/analytics/seizures.csv',
    roles: ['analyst', 'officer', 'admin', 'border-branch'],
    handle: fewAtOnce((ctx, req, res) => answerTrends(ctx, req, res, 'csv')),
    doc: {
      operationId: 'seizureTrendsCsv',
      summary: 'The same answer as /v1/analytics/seizures, as CSV: one row per period, group and unit',
      description: DESCRIPTION,
      query: QUERY,
      ok: { status: 200, description: 'text/csv: period, from, to, groupBy, key, count, unit, total', schema: 'TrendsCsv', mediaType: 'text/csv' },
      rules: RULES,
      refusals: [ANALYTICS_BUSY],
    },
  },
];

async function groupsOf(views: ViewReader, by: GroupBy, from: number, to: number, filters: TrendFilters): Promise<Group[]> {
  const groups = new SeizureGroups(by);
  for await (const doc of views.stream(analyticsQuery(from, to, filters))) groups.add(doc);
  return groups.result();
}

async function answerTrends(ctx: QueryContext, req: Request, res: Response, format: 'json' | 'csv'): Promise<void> {
  const q = readQuery(req, res, QUERY);
  if (q?.groupBy === undefined) return;
  const to = q.to ?? ctx.now().getTime();
  const from = q.from ?? clampInstant(to - DEFAULT_SPAN);
  if (from >= to) return invalidQuery(req, res, [ORDER_RULE]);
  if (to - from > MAX_SPAN) return invalidQuery(req, res, [SPAN_RULE]);
  if (q.gate !== undefined && q.crossing !== undefined) return invalidQuery(req, res, [ONE_PLACE_RULE]);
  const crossing = q.crossing === undefined ? undefined : crossingNamed(q.crossing);
  const filters: TrendFilters = {
    ...(crossing ? { gates: crossing.gates } : q.gate ? { gates: [q.gate] } : {}),
    ...(q.category ? { category: q.category } : {}),
    ...(q.route ? { route: q.route.replace('-', '→') } : {}),
    ...(q.source ? { source: q.source } : {}),
    ...(q.direction ? { direction: q.direction } : {}),
  };
  const iso = (ms: number): string => new Date(ms).toISOString();
  const before = previousPeriod(from, to);
  const [groups, previous] = await Promise.all([
    groupsOf(ctx.views, q.groupBy, from, to, filters),
    q.compare === 'previous' ? groupsOf(ctx.views, q.groupBy, before.from, before.to, filters) : undefined,
  ]);
  const answer: TrendsAnswer & { filters: Record<string, string> } = {
    groupBy: q.groupBy,
    from: iso(from),
    to: iso(to),
    filters: Object.fromEntries(Object.entries({ gate: q.gate, crossing: q.crossing, category: q.category, route: q.route, source: q.source, direction: q.direction }).filter(([, v]) => v !== undefined)) as Record<string, string>,
    groups,
    previous: previous === undefined ? null : { from: iso(before.from), to: iso(before.to), groups: previous },
  };
  if (format === 'json') {
    res.json(answer);
    return;
  }
  const name = ['seizures', q.groupBy, answer.from.slice(0, 10), answer.to.slice(0, 10), ...Object.values(answer.filters)].join('_').replace(/[^A-Za-z0-9_.-]/g, '-');
  res.type('text/csv; charset=utf-8').attachment(`${name}.csv`).send(trendsCsv(answer));
}
