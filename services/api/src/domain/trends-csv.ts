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

function cell(value: string | number): string {
  const text = String(value);
  // Quoted when it must be, and a leading =, +, - or @ is defused so a spreadsheet never runs it.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
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
  return `${lines.map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`;
}
