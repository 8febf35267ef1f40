// Panel: search a plate for its active alerts and the seizures recorded with it.
import { api } from './api.js';
import { $, el, fill, note, problemNode } from './dom.js';
import { day, humanise, idOf, listOf, recordOf, shortId, UNITS } from './format.js';
import { langAttr, pickText } from './i18n.js';
import { alertCard } from './panel-alerts.js';
import { state } from './state.js';

export async function searchPlate(plate) {
  const box = $('plate-results');
  fill(box, note('Searching…', 'loading'));
  try {
    state.data.plate = await api(`/v1/plates/${encodeURIComponent(plate)}`);
    renderPlate();
  } catch (err) {
    state.data.plate = null;
    fill(box, problemNode(err));
  }
}

/** A seizure as the plate lookup gives it: a summary (or a whole record, where the api sends one). */
function seizureRow(doc) {
  const r = recordOf(doc);
  const goods = (r.goods || doc.goods || []).map((g) => {
    const what = pickText(g.description);
    return el('div', {}, `${g.quantity ?? ''} ${UNITS[g.unit] || g.unit || ''} `, what ? el('span', { lang: langAttr(what.lang) }, what.value) : humanise(g.category));
  });
  const place = (r.location && (r.location.name || r.location.gateCode)) || doc.placeName || doc.gate || '';
  return el('tr', { 'data-seizure-id': idOf(doc) },
    el('td', {}, day(r.seizedAt ?? doc.seizedAt), doc.source ? el('div', { class: 'meta' }, `from ${doc.source}`) : null),
    el('td', {}, r.caseReference || doc.caseReference || shortId(idOf(doc)), el('div', { class: 'meta' }, place)),
    el('td', {}, goods.length ? goods : '—'));
}

export function renderPlate() {
  const result = state.data.plate;
  if (!result) return;
  const alerts = listOf(result.activeAlerts ?? result.alerts);
  const seizures = listOf(result.seizures);
  fill($('plate-results'),
    el('p', { class: 'meta' }, `Plate ${result.plate ?? ''}${result.normalised ? ` (searched as ${result.normalised})` : ''}`),
    el('h3', { class: 'subhead' }, `Active alerts (${alerts.length})`),
    alerts.length ? el('ul', { class: 'cards' }, alerts.map(alertCard)) : note('No active alert for this plate.'),
    el('h3', { class: 'subhead' }, `Seizures (${seizures.length})`),
    seizures.length
      ? el('table', { class: 'list' }, el('thead', {}, el('tr', {}, el('th', {}, 'Seized'), el('th', {}, 'Case'), el('th', {}, 'Goods'))), el('tbody', {}, seizures.map(seizureRow)))
      : note('No seizure recorded with this plate.'));
}
