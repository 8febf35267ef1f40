// Bar charts in SVG for the seizure trends, and the series and labels they show.
import { svg } from './dom.js';
import { clip, codeText } from './format.js';
import { monthShort, number, t } from './messages.js';

/** Months from the first to the last with data, the empty ones as zero, so the gaps show. */
export function monthSeries(rows) {
  const known = rows.filter((r) => /^\d{4}-\d{2}$/.test(r.label)).sort((a, b) => a.label.localeCompare(b.label));
  if (!known.length) return rows;
  const counts = new Map(known.map((r) => [r.label, r.count]));
  const [y0, m0] = known[0].label.split('-').map(Number);
  const [y1, m1] = known[known.length - 1].label.split('-').map(Number);
  const series = [];
  for (let i = (y1 * 12 + m1) - (y0 * 12 + m0); i >= 0 && series.length < 60; i--) {
    const n = y1 * 12 + (m1 - 1) - i;
    const label = `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
    series.push({ label, count: counts.get(label) || 0 });
  }
  return series;
}

export function keyLabel(row, groupBy) {
  const key = row.key ?? row._id ?? row[groupBy] ?? row.label;
  if (key && typeof key === 'object') {
    if (Array.isArray(key)) return key.join(' → ');
    const parts = [key.origin, key.departure, ...(Array.isArray(key.transit) ? key.transit : []), key.destination].filter(Boolean);
    return parts.length ? parts.join(' → ') : Object.values(key).filter(Boolean).join(' → ');
  }
  // No key: '' here, shown as the catalog's '(unknown)' when drawn.
  return key === undefined || key === null ? '' : String(key);
}

function tickLabel(label, groupBy) {
  if (label === '') return t('trends.unknown');
  if (groupBy === 'month') {
    const m = /^(\d{4})-(\d{2})$/.exec(label);
    if (m) return monthShort(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)));
  }
  if (groupBy === 'category') return codeText('category', label);
  if (groupBy === 'route') return label.replace(/UNKNOWN/g, '?').replace(/\s*→\s*/g, ' → ');
  return label;
}

/** A bar chart in SVG: 'columns' (one per month) or 'rows' (labelled horizontal bars). */
export function barChart(rows, shape, groupBy) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  const title = (row) => svg('title', {}, `${tickLabel(row.label, groupBy)}: ${number(row.count)}`);
  const described = (key) => t(key, { data: rows.map((r) => `${tickLabel(r.label, groupBy)} ${number(r.count)}`).join(', ') });
  if (shape === 'columns') {
    const width = 300, height = 150, top = 16, bottom = 20, left = 4;
    const slot = (width - left * 2) / rows.length;
    const barWidth = Math.min(48, slot * 0.7);
    const plotHeight = height - top - bottom;
    return svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': described('trends.ariaMonth') },
      svg('line', { class: 'axis', x1: left, x2: width - left, y1: top + plotHeight, y2: top + plotHeight }),
      rows.map((row, i) => {
        const h = row.count > 0 ? Math.max(2, (row.count / max) * plotHeight) : 0;
        const x = left + i * slot + (slot - barWidth) / 2;
        const y = top + plotHeight - h;
        return svg('g', {},
          svg('rect', { class: 'bar', x: x.toFixed(1), y: y.toFixed(1), width: barWidth.toFixed(1), height: h.toFixed(1), 'data-key': row.label, 'data-count': row.count }, title(row)),
          row.count > 0 ? svg('text', { class: 'value', x: (x + barWidth / 2).toFixed(1), y: (y - 3).toFixed(1), 'text-anchor': 'middle' }, number(row.count)) : null,
          // With many months, label every few so the ticks stay readable.
          i % Math.ceil(rows.length / 8) === 0 || i === rows.length - 1
            ? svg('text', { class: 'label', x: (x + barWidth / 2).toFixed(1), y: height - 6, 'text-anchor': 'middle' }, clip(tickLabel(row.label, groupBy), 9))
            : null);
      }));
  }
  const rowHeight = 24, width = 300, labelWidth = 140, right = 28;
  const height = rows.length * rowHeight + 4;
  const plotWidth = width - labelWidth - right;
  return svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': described(groupBy === 'route' ? 'trends.ariaRoute' : 'trends.ariaCategory') },
    svg('line', { class: 'axis', x1: labelWidth, x2: labelWidth, y1: 0, y2: height }),
    rows.map((row, i) => {
      const w = Math.max(1, (row.count / max) * plotWidth);
      const y = 2 + i * rowHeight;
      return svg('g', {},
        svg('text', { class: 'label', x: labelWidth - 6, y: y + 15, 'text-anchor': 'end' }, clip(tickLabel(row.label, groupBy), 24)),
        svg('rect', { class: 'bar', x: labelWidth, y: y + 3, width: w.toFixed(1), height: rowHeight - 8, 'data-key': row.label, 'data-count': row.count }, title(row)),
        svg('text', { class: 'value', x: (labelWidth + w + 4).toFixed(1), y: y + 15 }, number(row.count)));
    }));
}
