// Panel: seizure trends over the chosen period, by month, category and route.
import { api } from './api.js';
import { barChart, keyLabel, monthSeries } from './charts.js';
import { $, fill, note, problemNode } from './dom.js';
import { listOf } from './format.js';
import { t } from './messages.js';
import { state } from './state.js';

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
}

export async function loadTrends() {
  const months = Number($('period').value) || 24;
  const to = new Date();
  const from = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - months + 1, 1));
  const period = `from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`;
  state.data.trends = {};
  await Promise.all(CHARTS.map(async (chart) => {
    const [id, groupBy, pick] = chart;
    fill(bodyOf(id), note(t('common.loading'), 'loading'));
    try {
      const rows = listOf(await api(`/v1/analytics/seizures?groupBy=${groupBy}&${period}`)).map((row) => ({
        label: keyLabel(row, groupBy),
        count: Number(row.count ?? row.total ?? 0),
      }));
      state.data.trends[id] = pick(rows.filter((row) => Number.isFinite(row.count)));
      renderChart(chart);
    } catch (err) {
      fill(bodyOf(id), problemNode(err));
    }
  }));
}
