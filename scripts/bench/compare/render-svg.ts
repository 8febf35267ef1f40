// A hand-written SVG chart of a run, no dependencies: one pair of bars per comparison (BEX beside
// its reference, each pair scaled to its larger bar, the ratio at the end), then publish→view p50
// and p99 per offered rate. Plain text and rectangles, readable in a browser or a Markdown viewer.
import type { Comparison } from './ratio';
import type { CompareReport } from './report';

const WIDTH = 900;
const LABEL_W = 330;
const BAR_W = 440;
const BAR_H = 14;
const COLOURS = { bex: '#2563eb', reference: '#9ca3af', p50: '#16a34a', p99: '#dc2626', text: '#111827', muted: '#6b7280' };

export const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const fmt = (v: number): string => (v >= 100 ? Math.round(v).toLocaleString('en-US') : Number(v.toFixed(1)).toString());

const text = (x: number, y: number, s: string, opts: { size?: number; fill?: string; anchor?: string; weight?: string } = {}): string =>
  `<text x="${x}" y="${y}" font-size="${opts.size ?? 12}" fill="${opts.fill ?? COLOURS.text}"${opts.anchor ? ` text-anchor="${opts.anchor}"` : ''}${opts.weight ? ` font-weight="${opts.weight}"` : ''}>${escapeXml(s)}</text>`;

const bar = (x: number, y: number, w: number, fill: string): string => `<rect x="${x}" y="${y}" width="${Math.max(1, Math.round(w))}" height="${BAR_H}" fill="${fill}" rx="2"/>`;

function comparisonRows(list: readonly Comparison[], top: number): { svg: string[]; height: number } {
  const svg: string[] = [text(12, top + 14, 'Throughput beside the reference (records/s; each pair scaled to its larger bar)', { size: 14, weight: 'bold' })];
  let y = top + 30;
  for (const c of list) {
    const scale = Math.max(c.bex.perSec, c.reference.perSec, 1e-9);
    svg.push(text(12, y + 11, c.name.length > 52 ? `${c.name.slice(0, 51)}…` : c.name));
    svg.push(bar(LABEL_W, y, (c.bex.perSec / scale) * BAR_W, COLOURS.bex), text(LABEL_W + (c.bex.perSec / scale) * BAR_W + 6, y + 11, `BEX ${fmt(c.bex.perSec)}`, { size: 11 }));
    svg.push(bar(LABEL_W, y + BAR_H + 3, (c.reference.perSec / scale) * BAR_W, COLOURS.reference), text(LABEL_W + (c.reference.perSec / scale) * BAR_W + 6, y + BAR_H + 14, `ref ${fmt(c.reference.perSec)}`, { size: 11, fill: COLOURS.muted }));
    svg.push(text(WIDTH - 12, y + 18, c.ratio === null ? '—' : `${(c.ratio * 100).toFixed(c.ratio < 0.1 ? 1 : 0)} %`, { anchor: 'end', weight: 'bold' }));
    y += 2 * BAR_H + 16;
  }
  return { svg, height: y - top };
}

export interface LatencyPoint {
  rate: number;
  p50: number;
  p99: number;
  keptUp: boolean;
}

function latencyRows(points: readonly LatencyPoint[], top: number): { svg: string[]; height: number } {
  if (points.length === 0) return { svg: [], height: 0 };
  const max = Math.max(...points.map((p) => p.p99), 1);
  const svg: string[] = [text(12, top + 14, 'publish→view latency by offered rate (ms; green p50, red p99)', { size: 14, weight: 'bold' })];
  let y = top + 30;
  for (const p of points) {
    svg.push(text(12, y + 11, `${p.rate} records/s${p.keptUp ? '' : ' (fell behind)'}`, { fill: p.keptUp ? COLOURS.text : COLOURS.p99 }));
    svg.push(bar(LABEL_W, y, (p.p50 / max) * BAR_W, COLOURS.p50), text(LABEL_W + (p.p50 / max) * BAR_W + 6, y + 11, `p50 ${fmt(p.p50)}`, { size: 11 }));
    svg.push(bar(LABEL_W, y + BAR_H + 3, (p.p99 / max) * BAR_W, COLOURS.p99), text(LABEL_W + (p.p99 / max) * BAR_W + 6, y + BAR_H + 14, `p99 ${fmt(p.p99)}`, { size: 11 }));
    y += 2 * BAR_H + 16;
  }
  return { svg, height: y - top };
}

export function latencyPoints(r: CompareReport): LatencyPoint[] {
  return (r.stages.latency?.rates ?? []).map((x) => {
    const v = x.run.publishToVnViewMs as { p50: number; p99: number };
    return { rate: x.rate, p50: v.p50, p99: v.p99, keptUp: x.keptUp };
  });
}

export function renderSvg(r: CompareReport): string {
  const title = [
    text(12, 22, `bench:compare — ${r.startedAt}`, { size: 16, weight: 'bold' }),
    text(12, 40, `${r.machine.cores} cores, ${r.machine.memoryGb} GB; ${r.stack.origin}; database on ${r.stack.storage}`, { size: 11, fill: COLOURS.muted }),
    ...r.warnings.slice(0, 2).map((w, i) => text(12, 56 + i * 14, `⚠ ${w.length > 140 ? `${w.slice(0, 139)}…` : w}`, { size: 11, fill: COLOURS.p99 })),
  ];
  const top = 50 + Math.min(2, r.warnings.length) * 14 + 10;
  const first = comparisonRows(r.comparisons, top);
  const second = latencyRows(latencyPoints(r), top + first.height + 10);
  const height = top + first.height + 10 + second.height + 10;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="system-ui, sans-serif">`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    ...title,
    ...first.svg,
    ...second.svg,
    '</svg>',
    '',
  ].join('\n');
}
