// Panel: the active alerts that target the chosen gate.
import { api } from './api.js';
import { $, el, fill, note, problemNode } from './dom.js';
import { day, humanise, idOf, listOf, recordOf } from './format.js';
import { recordText } from './i18n.js';
import { state } from './state.js';

export async function loadAlerts() {
  const box = $('alerts');
  $('alerts-gate').textContent = state.gate || 'my gate';
  if (!state.gate) {
    fill(box, note('Choose a gate above to see the alerts that target it.'));
    return;
  }
  fill(box, note('Loading…', 'loading'));
  try {
    state.data.alerts = listOf(await api(`/v1/alerts?gate=${encodeURIComponent(state.gate)}`));
    renderAlerts();
  } catch (err) {
    fill(box, problemNode(err));
  }
}

/** One alert as a card; the plate search shows its alerts the same way. */
export function alertCard(doc) {
  const r = recordOf(doc);
  const v = r.vehicle || {};
  const urgent = r.priority === 'URGENT';
  const vehicle = [v.make, v.model, v.colour].filter(Boolean).join(' ');
  return el('li', { class: `card${urgent ? ' urgent' : ''}`, 'data-alert-id': idOf(doc) },
    el('div', { class: 'card-head' },
      el('span', { class: 'plate-no' }, v.plate || '(no plate)'),
      v.plateCountry ? el('span', { class: 'meta' }, v.plateCountry) : null,
      r.priority ? el('span', { class: `badge ${urgent ? 'urgent' : ''}` }, humanise(r.priority)) : null,
      r.requestedAction ? el('span', { class: 'badge' }, humanise(r.requestedAction)) : null),
    el('div', { class: 'meta' },
      [vehicle, doc.source ? `from ${doc.source}` : '', `valid until ${day(doc.validUntil ?? r.validUntil)}`,
        Array.isArray(r.targetGates) && r.targetGates.length ? `gates ${r.targetGates.join(', ')}` : ''].filter(Boolean).join(' · ')),
    recordText(r.justification),
    (r.riskIndicators || []).map((ind) => recordText(ind.modusOperandi, 'text meta')));
}

export function renderAlerts() {
  const items = state.data.alerts || [];
  fill($('alerts'), items.length ? el('ul', { class: 'cards' }, items.map(alertCard)) : note(`No active alert targets ${state.gate}.`));
}
