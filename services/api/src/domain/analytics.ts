// Seizure trends: counts and exact quantity totals per unit, grouped by one dimension. Quantities
// of different units are never added together (kilograms and tablets do not sum). For the
// category dimension only the goods lines of that category count towards its totals; for every
// other dimension a seizure counts once, with all its goods.
import type { ViewDocument } from '@bex/view';
import { formatDecimal, parseDecimal } from './decimal-sum';
import { BY_TIME, type ViewQuery } from './view-query';

export const GROUP_BY = ['month', 'category', 'gate', 'route', 'concealment', 'source', 'direction'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

const UNKNOWN = 'UNKNOWN';

interface Goods {
  category?: string | null;
  quantity?: string | null;
  unit?: string | null;
}

interface Content {
  direction?: string | null;
  goods?: Goods[] | null;
  route?: { origin?: string | null; destination?: string | null } | null;
  concealment?: { method?: string | null } | null;
}

export interface Group {
  key: string;
  count: number;
  quantities: Array<{ unit: string; total: string }>;
}

/** What an analyst narrows the seizures to, besides the period. Every filter given must hold. */
export interface TrendFilters {
  /** Any of these gates (one gate, or both sides of a crossing). */
  gates?: readonly string[];
  category?: string;
  /** `origin→destination`, as the route groups are keyed (`MM→CN`, `UNKNOWN→VN`). */
  route?: string;
  /** The partner (or this authority) whose seizures count. */
  source?: string;
  direction?: string;
}

const routeKey = (content: Content): string => `${content.route?.origin ?? UNKNOWN}→${content.route?.destination ?? UNKNOWN}`;

/**
 * Whether a seizure passes the filters. Checked on the period's documents as the time index yields
 * them (the period bounds the read; one more index per filter combination would not pay).
 */
export function passesFilters(doc: ViewDocument, f: TrendFilters): boolean {
  const content = (doc.record ?? {}) as Content;
  if (f.gates !== undefined && !(doc.gates ?? []).some((g) => f.gates!.includes(g))) return false;
  if (f.category !== undefined && !(doc.categories ?? []).includes(f.category)) return false;
  if (f.route !== undefined && routeKey(content) !== f.route) return false;
  if (f.source !== undefined && doc.source !== f.source) return false;
  if (f.direction !== undefined && (content.direction ?? UNKNOWN) !== f.direction) return false;
  return true;
}

export function analyticsQuery(from: number, to: number, filters: TrendFilters = {}): ViewQuery {
  const filtered = Object.values(filters).some((v) => v !== undefined);
  return {
    collection: 'SeizureCase',
    // Tombstones keep no seizure time, so the period alone leaves them out.
    filter: { occurredAt: { $gte: from, $lt: to } },
    index: BY_TIME,
    projection: { month: 1, categories: 1, gates: 1, source: 1, 'record.goods': 1, 'record.route': 1, 'record.concealment': 1, 'record.direction': 1 },
    ...(filtered ? { residual: (doc: ViewDocument) => passesFilters(doc, filters) } : {}),
  };
}

/** The period just before [from, to), as long as it: what the current one is compared with. */
export function previousPeriod(from: number, to: number): { from: number; to: number } {
  return { from: from - (to - from), to: from };
}

/** The groups a seizure falls in, each with the goods lines that count there. */
function placesOf(doc: ViewDocument, by: GroupBy): Array<[string, Goods[]]> {
  const content = (doc.record ?? {}) as Content;
  const goods = content.goods ?? [];
  switch (by) {
    case 'month':
      return [[doc.month ?? UNKNOWN, goods]];
    case 'gate':
      return [[doc.gates?.[0] ?? UNKNOWN, goods]];
    case 'source':
      return [[doc.source, goods]];
    case 'route':
      return [[routeKey(content), goods]];
    case 'direction':
      return [[content.direction ?? UNKNOWN, goods]];
    case 'concealment':
      return [[content.concealment?.method ?? UNKNOWN, goods]];
    case 'category': {
      const categories = doc.categories?.length ? doc.categories : [UNKNOWN];
      return categories.map((c) => [c, goods.filter((g) => (g.category ?? UNKNOWN) === c)]);
    }
  }
}

/** Takes seizures one at a time, so a long period never has to be held in memory. */
export class SeizureGroups {
  private readonly groups = new Map<string, { count: number; totals: Map<string, bigint> }>();

  constructor(private readonly by: GroupBy) {}

  add(doc: ViewDocument): void {
    const { groups } = this;
    for (const [key, goods] of placesOf(doc, this.by)) {
      const group = groups.get(key) ?? { count: 0, totals: new Map<string, bigint>() };
      group.count += 1;
      for (const g of goods) {
        const scaled = g.quantity == null ? undefined : parseDecimal(g.quantity);
        if (scaled === undefined || !g.unit) continue;
        group.totals.set(g.unit, (group.totals.get(g.unit) ?? 0n) + scaled);
      }
      groups.set(key, group);
    }
  }

  result(): Group[] {
    const by = this.by;
    return [...this.groups.entries()]
      .map(([key, g]) => ({
        key,
        count: g.count,
        quantities: [...g.totals.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([unit, total]) => ({ unit, total: formatDecimal(total) })),
      }))
      .sort((a, b) => (by === 'month' ? a.key.localeCompare(b.key) : b.count - a.count || a.key.localeCompare(b.key)));
  }
}

export function groupSeizures(docs: Iterable<ViewDocument>, by: GroupBy): Group[] {
  const groups = new SeizureGroups(by);
  for (const doc of docs) groups.add(doc);
  return groups.result();
}
