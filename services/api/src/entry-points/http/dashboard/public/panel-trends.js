// Panel: seizure trends over the chosen period, by month, category and route, narrowed by the
// filters (crossing, category, authority, direction), with the previous period's total beside the
// current one, and the answer downloadable as CSV. Every chart follows the filters.
import { api, apiFile } from './api.js';
import { barChart, keyLabel, monthSeries } from './charts.js';
import { $, el, fill, note, problemNode } from './dom.js';
import { codeText, listOf } from './format.js';
import { CATALOGS, number, t } from './messages.js';
import { state } from './state.js';

const AUTHORITIES = ['LA', 'VN', 'CN', 'TH', 'KH'];
const DIRECTIONS = ['IMPORT', 'EXPORT', 'TRANSIT', 'INLAND'];
const CATEGORIES = Object.keys(CATALOGS.en).filter((k) => k.startsWith('category.')).map((k) => k.slice(9));

function options(select, values, label) {
  const chosen = select.value;
  fill(select, el('option', { value: '' }, t('trends.all')), values.map((v) => el('option', { value: v }, label(v))));
  select.value = values.includes(chosen) ? chosen : '';
}

/** The filter menus in the chosen language; the crossings come from the api once. */
export async function renderTrendFilters() {
  options($('trend-category'), CATEGORIES, (c) => codeText('category', c));
  options($('trend-source'), AUTHORITIES, (a) => a);
  options($('trend-direction'), DIRECTIONS, (d) => codeText('direction', d));
  if (!state.crossings) {
    try {
      state.crossings = listOf(await api('/v1/crossings'));
    } catch {
      state.crossings = [];
    }
  }
  options($('trend-crossing'), state.crossings.map((c) => c.code), (code) => (state.crossings.find((c) => c.code === code) || {}).name || code);
}

function filterQuery() {
  const pairs = [['crossing', $('trend-crossing').value], ['category', $('trend-category').value], ['source', $('trend-source').value], ['direction', $('trend-direction').value]];
  return pairs.filter(([, v]) => v).map(([k, v]) => `&${k}=${encodeURIComponent(v)}`).join('');
}

function renderTotals() {
  const totals = state.data.trendTotals;
  if (!totals) return;
  $('trend-totals').textContent = totals.previous === null
    ? t('trends.total', { current: number(totals.current) })
    : t('trends.totals', { current: number(totals.current), previous: number(totals.previous) });
}

/** Downloads the by-month answer, filters and comparison included, as the CSV the api makes. */
export async function downloadTrends() {
  try {
    const { blob, name } = await apiFile(`/v1/analytics/seizures.csv?groupBy=month&${periodQuery()}${filterQuery()}${$('trend-compare').checked ? '&compare=previous' : ''}`);
    const link = el('a', { href: URL.createObjectURL(blob), download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  } catch (err) {
    fill($('trend-totals'), problemNode(err));
  }
}

const top8 = (rows) => [...rows].sort((a, b) => b.count - a.count).slice(0, 8);
const CHARTS = [
  ['chart-month', 'month', (rows) => monthSeries(rows), 'columns'],
  ['chart-category', 'category', top8, 'rows'],
  ['chart-route', 'route', top8, 'rows'],
];
const bodyOf = (id) => document.querySelector(`#${id} .chart-body`);

function renderChart([id, groupBy, , shape]) {
  const shown = state.data.trends && state.data.trends[id];
  if (!shown) return;
  fill(bodyOf(id), shown.some((row) => row.count > 0) ? barChart(shown, shape, groupBy) : note(t('trends.none')));
}

/** Redraws the charts already loaded (after a change of language). */
export function renderTrends() {
  CHARTS.forEach(renderChart);
  renderTotals();
  renderTrendFilters();
}

function periodQuery() {
  const months = Number($('period').value) || 24;
  const to = new Date();
  const from = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - months + 1, 1));
  return `from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`;
}

// The api answers at most two trends requests of one token at once, so the charts load two at a time.
async function twoAtATime(items, work) {
  let next = 0;
  await Promise.all([0, 1].map(async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

export async function loadTrends() {
  const query = `${periodQuery()}${filterQuery()}`;
  const compare = $('trend-compare').checked;
  state.data.trends = {};
  state.data.trendTotals = null;
  $('trend-totals').textContent = '';
  for (const [id] of CHARTS) fill(bodyOf(id), note(t('common.loading'), 'loading'));
  await twoAtATime(CHARTS, async (chart) => {
    const [id, groupBy, pick] = chart;
    try {
      const body = await api(`/v1/analytics/seizures?groupBy=${groupBy}&${query}${compare && groupBy === 'month' ? '&compare=previous' : ''}`);
      if (groupBy === 'month') {
        const sum = (groups) => (groups || []).reduce((n, g) => n + Number(g.count || 0), 0);
        state.data.trendTotals = { current: sum(body.groups), previous: body.previous ? sum(body.previous.groups) : null };
        renderTotals();
      }
      const rows = listOf(body).map((row) => ({
        label: keyLabel(row, groupBy),
        count: Number(row.count ?? row.total ?? 0),
      }));
      state.data.trends[id] = pick(rows.filter((row) => Number.isFinite(row.count)));
      renderChart(chart);
    } catch (err) {
      fill(bodyOf(id), problemNode(err));
    }
  });
}
