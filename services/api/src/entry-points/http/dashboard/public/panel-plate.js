// Panel: search a plate for its active alerts and the seizures recorded with it.
import { api } from './api.js';
import { $, el, fill, note, problemNode } from './dom.js';
import { codeText, day, idOf, listOf, quantity, recordOf, shortId } from './format.js';
import { langAttr, pickText } from './i18n.js';
import { number, t } from './messages.js';
import { alertCard } from './panel-alerts.js';
import { state } from './state.js';

export async function searchPlate(plate) {
  const box = $('plate-results');
  fill(box, note(t('common.searching'), 'loading'));
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
    return el('div', {}, `${quantity(g.quantity, g.unit)} `,
      what ? el('span', { lang: langAttr(what.lang), 'data-record-text': true }, what.value) : codeText('category', g.category));
  });
  const place = (r.location && (r.location.name || r.location.gateCode)) || doc.placeName || doc.gate || '';
  return el('tr', { 'data-seizure-id': idOf(doc) },
    el('td', {}, day(r.seizedAt ?? doc.seizedAt), doc.source ? el('div', { class: 'meta' }, t('common.from', { source: doc.source })) : null),
    el('td', {}, r.caseReference || doc.caseReference || shortId(idOf(doc)), el('div', { class: 'meta' }, place)),
    el('td', {}, goods.length ? goods : '—'));
}

export function renderPlate() {
  const result = state.data.plate;
  if (!result) return;
  const alerts = listOf(result.activeAlerts ?? result.alerts);
  const seizures = listOf(result.seizures);
  const plate = result.plate ?? '';
  fill($('plate-results'),
    el('p', { class: 'meta' }, result.normalised ? t('plate.searchedAs', { plate, normalised: result.normalised }) : t('plate.summary', { plate })),
    el('h3', { class: 'subhead' }, t('plate.activeAlerts', { count: number(alerts.length) })),
    alerts.length ? el('ul', { class: 'cards' }, alerts.map(alertCard)) : note(t('plate.noAlert')),
    el('h3', { class: 'subhead' }, t('plate.seizures', { count: number(seizures.length) })),
    seizures.length
      ? el('table', { class: 'list' },
        el('thead', {}, el('tr', {}, el('th', {}, t('plate.colSeized')), el('th', {}, t('plate.colCase')), el('th', {}, t('plate.colGoods')))),
        el('tbody', {}, seizures.map(seizureRow)))
      : note(t('plate.noSeizure')));
}
