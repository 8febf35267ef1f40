// Seizures by period, gate, category and source, newest first, a page at a time. Each filter
// field leads an index that continues with (occurredAt, _id); the most selective one given is
// hinted and the others are checked on the entries it yields, so the order always comes from the
// index and a page reads only up to its own end.
import { after, type Position } from './page-cursor';
import { BY_TIME, type ViewQuery } from './view-query';

export const DEFAULT_PAGE = 25;
export const MAX_PAGE = 100;

export interface SeizureFilter {
  from?: number;
  to?: number;
  gate?: string;
  category?: string;
  source?: string;
  limit: number;
  after?: Position;
}

function indexFor(f: SeizureFilter): Record<string, 1 | -1> {
  if (f.gate !== undefined) return { gates: 1, ...BY_TIME };
  if (f.category !== undefined) return { categories: 1, ...BY_TIME };
  if (f.source !== undefined) return { source: 1, ...BY_TIME };
  return BY_TIME;
}

export function seizureListing(f: SeizureFilter): ViewQuery {
  const filter: Record<string, unknown> = { status: { $ne: 'WITHDRAWN' } };
  if (f.gate !== undefined) filter.gates = f.gate;
  if (f.category !== undefined) filter.categories = f.category;
  if (f.source !== undefined) filter.source = f.source;
  const range: Record<string, number> = {};
  if (f.from !== undefined) range.$gte = f.from;
  if (f.to !== undefined) range.$lt = f.to;
  if (f.after !== undefined) {
    const { occurredAt: upTo, ...tieBreak } = after('occurredAt', f.after);
    Object.assign(range, upTo as object);
    Object.assign(filter, tieBreak);
  }
  if (Object.keys(range).length > 0) filter.occurredAt = range;
  // One more than asked, to learn whether a next page exists.
  return { collection: 'SeizureCase', filter, sort: BY_TIME, limit: f.limit + 1, hint: indexFor(f) };
}

export function seizureById(id: string): ViewQuery {
  return { collection: 'SeizureCase', filter: { _id: id }, limit: 1, hint: { _id: 1 } };
}
