// Panel: seizure trends over the chosen period, by month, category and route.
import { api } from './api.js';
import { barChart, keyLabel, monthSeries } from './charts.js';
import { $, fill, note, problemNode } from './dom.js';
import { listOf } from './format.js';

const top8 = (rows) => [...rows].sort((a, b) => b.count - a.count).slice(0, 8);

export async function loadTrends() {
  const months = Number($('period').value) || 24;
  const to = new Date();
  const from = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - months + 1, 1));
  const period = `from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`;
  const charts = [
    ['chart-month', 'month', (rows) => monthSeries(rows), 'columns'],
    ['chart-category', 'category', top8, 'rows'],
    ['chart-route', 'route', top8, 'rows'],
  ];
  await Promise.all(charts.map(async ([id, groupBy, pick, shape]) => {
    const box = document.querySelector(`#${id} .chart-body`);
    fill(box, note('Loading…', 'loading'));
    try {
      const rows = listOf(await api(`/v1/analytics/seizures?groupBy=${groupBy}&${period}`)).map((row) => ({
        label: keyLabel(row, groupBy),
        count: Number(row.count ?? row.total ?? 0),
      }));
      const shown = pick(rows.filter((row) => Number.isFinite(row.count)));
      fill(box, shown.some((row) => row.count > 0) ? barChart(shown, shape, groupBy) : note('No seizure in this period.'));
    } catch (err) {
      fill(box, problemNode(err));
    }
  }));
}
