// A trends answer as CSV (RFC 4180): one row per group and unit (a group without quantities is one
// row with the unit empty), the previous period's rows after the current one's. Spreadsheets open
// it as it is; the header names the columns, the filters are in the file name the route gives.
import type { Group } from './analytics';

export interface TrendsAnswer {
  groupBy: string;
  from: string;
  to: string;
  groups: readonly Group[];
  previous: { from: string; to: string; groups: readonly Group[] } | null;
}

const HEADER = ['period', 'from', 'to', 'groupBy', 'key', 'count', 'unit', 'total'];

// What a spreadsheet may read as the start of a formula (OWASP, CSV injection): =, +, - and @, and
// a leading tab or carriage return, which a spreadsheet may strip and then read what follows as one.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: quoted when it must be, and a cell a spreadsheet could run is led by a quote mark. */
export function csvCell(value: string | number): string {
  const text = String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function rows(period: string, from: string, to: string, groupBy: string, groups: readonly Group[]): string[][] {
  return groups.flatMap((g) => {
    const base = [period, from, to, groupBy, g.key, String(g.count)];
    return g.quantities.length === 0 ? [[...base, '', '']] : g.quantities.map((q) => [...base, q.unit, q.total]);
  });
}

export function trendsCsv(answer: TrendsAnswer): string {
  const lines = [HEADER, ...rows('current', answer.from, answer.to, answer.groupBy, answer.groups)];
  if (answer.previous) lines.push(...rows('previous', answer.previous.from, answer.previous.to, answer.groupBy, answer.previous.groups));
  return `${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
