// Seizures by period, gate, category and source, newest first, a page at a time. Each filter
// field leads an index that continues with (occurredAt, _id); the filter is shaped for the most
// selective one given, so the order comes from the index and a page reads only up to its end.
import type { ViewDocument } from '@bex/view';
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

type Field = 'gates' | 'categories' | 'source';

/** The most selective filter given leads the index; the others are checked on what it yields. */
function leading(f: SeizureFilter): Array<[Field, string]> {
  const given: Array<[Field, string | undefined]> = [['gates', f.gate], ['categories', f.category], ['source', f.source]];
  return given.filter((g): g is [Field, string] => g[1] !== undefined);
}

const holds = (doc: ViewDocument, field: Field, value: string): boolean => {
  const held = doc[field];
  return Array.isArray(held) ? held.includes(value) : held === value;
};

export function seizureListing(f: SeizureFilter): ViewQuery {
  const [lead, ...rest] = leading(f);
  // Tombstones keep no seizure time, and the range below always bounds it, so they drop out.
  const filter: Record<string, unknown> = lead ? { [lead[0]]: lead[1] } : {};
  const range: Record<string, number> = { $gte: f.from ?? Number.MIN_SAFE_INTEGER };
  if (f.to !== undefined) range.$lt = f.to;
  const paging = f.after === undefined ? undefined : after('occurredAt', f.after);
  if (paging) Object.assign(range, paging.range);
  filter.occurredAt = range;
  const checks = rest.map(([field, value]) => (doc: ViewDocument) => holds(doc, field, value));
  if (paging) checks.push(paging.residual);
  return {
    collection: 'SeizureCase',
    filter,
    sort: BY_TIME,
    // One more than asked, to learn whether a next page exists.
    limit: f.limit + 1,
    index: lead ? { [lead[0]]: 1, ...BY_TIME } : BY_TIME,
    ...(checks.length > 0 ? { residual: (doc: ViewDocument) => checks.every((check) => check(doc)) } : {}),
  };
}

/** Every holder's record with this id: normally one; a partner reusing another's id makes two. */
export function seizuresById(id: string, source?: string): ViewQuery {
  return { collection: 'SeizureCase', filter: source === undefined ? { recordId: id } : { recordId: id, source }, limit: 10, index: { recordId: 1, source: 1 } };
}
