// Field-by-field comparison of what the views hold with what they must hold. Every difference is
// named by category, holder and record, so a failing run says exactly what went wrong where.
import type { AuthorityCode, RecordTypeName } from '@bex/shared';
import type { ExpectedCopy } from './expected-views';

/** What a view holds of one record, in the same terms as what it must hold. */
export type ViewEntry = ExpectedCopy;

export const DIFFERENCE_CATEGORIES = ['lost', 'wrongRevision', 'wrongStatus', 'contentWhereTombstone', 'tombstoneWhereContent', 'unexpected', 'duplicated'] as const;
export type DifferenceCategory = (typeof DIFFERENCE_CATEGORIES)[number];

export interface Difference {
  category: DifferenceCategory;
  holder: AuthorityCode;
  type: RecordTypeName;
  key: string;
  expected?: { revision: number; status: string; tombstone: boolean };
  actual?: { revision: number; status: string; tombstone: boolean };
}

const id = (holder: string, key: string): string => `${holder}|${key}`;
const brief = (c: { revision: number; status: string; tombstone: boolean }) => ({ revision: c.revision, status: c.status, tombstone: c.tombstone });

export function compareViews(expected: readonly ExpectedCopy[], actual: readonly ViewEntry[]): Difference[] {
  const diffs: Difference[] = [];
  const held = new Map<string, ViewEntry>();
  for (const a of actual) {
    const k = id(a.holder, a.key);
    // The same record twice in one view (under two record types): a duplicate.
    if (held.has(k)) diffs.push({ category: 'duplicated', holder: a.holder, type: a.type, key: a.key, actual: brief(a) });
    else held.set(k, a);
  }
  const wanted = new Set<string>();
  for (const e of expected) {
    const k = id(e.holder, e.key);
    wanted.add(k);
    const a = held.get(k);
    const base = { holder: e.holder, type: e.type, key: e.key, expected: brief(e) };
    if (a === undefined) {
      diffs.push({ category: 'lost', ...base });
      continue;
    }
    const withActual = { ...base, actual: brief(a) };
    if (a.type !== e.type || a.revision !== e.revision) diffs.push({ category: 'wrongRevision', ...withActual });
    else if (e.tombstone && !a.tombstone) diffs.push({ category: 'contentWhereTombstone', ...withActual });
    else if (!e.tombstone && a.tombstone) diffs.push({ category: 'tombstoneWhereContent', ...withActual });
    else if (a.status !== e.status) diffs.push({ category: 'wrongStatus', ...withActual });
  }
  for (const [k, a] of held) if (!wanted.has(k)) diffs.push({ category: 'unexpected', holder: a.holder, type: a.type, key: a.key, actual: brief(a) });
  return diffs;
}
