// Panel: the active alerts that target the chosen gate.
import { api } from './api.js';
import { $, el, fill, note, problemNode } from './dom.js';
import { codeText, day, idOf, listOf, recordOf, toDate, when } from './format.js';
import { recordText } from './i18n.js';
import { list, number, t } from './messages.js';
import { mayReadReceipts, receiptsLine } from './receipts-line.js';
import { state } from './state.js';

export function renderAlertsTitle() {
  $('alerts-title').textContent = t('alerts.title', { gate: state.gate || t('alerts.myGate') });
}

export async function loadAlerts() {
  const box = $('alerts');
  renderAlertsTitle();
  if (!state.gate) {
    state.data.alerts = null;
    fill(box, note(t('alerts.chooseGate')));
    return;
  }
  fill(box, note(t('common.loading'), 'loading'));
  try {
    state.data.alerts = listOf(await api(`/v1/alerts?gate=${encodeURIComponent(state.gate)}`));
    renderAlerts();
  } catch (err) {
    fill(box, problemNode(err));
  }
}

/** Time left to answer an alert that asks for a response, or how long it is overdue (marked for everyone, the issuer included). */
function deadline(r) {
  const due = toDate(r.responseDeadline);
  if (!due) return null;
  const left = due.getTime() - Date.now();
  if (left <= 0) return el('span', { class: 'badge urgent overdue' }, t('alert.overdue', { date: when(due) }));
  return el('span', { class: 'meta deadline' }, t('alert.responseDue', { date: when(due), hours: number(Math.ceil(left / 3_600_000)) }));
}

/** One alert as a card; the plate search shows its alerts the same way. */
export function alertCard(doc) {
  const r = recordOf(doc);
  const v = r.vehicle || {};
  const urgent = r.priority === 'URGENT';
  const vehicle = [v.make, v.model, v.colour].filter(Boolean).join(' ');
  return el('li', { class: `card${urgent ? ' urgent' : ''}`, 'data-alert-id': idOf(doc) },
    el('div', { class: 'card-head' },
      el('span', { class: 'plate-no' }, v.plate || t('alert.noPlate')),
      v.plateCountry ? el('span', { class: 'meta' }, v.plateCountry) : null,
      r.priority ? el('span', { class: `badge ${urgent ? 'urgent' : ''}` }, codeText('priority', r.priority)) : null,
      r.requestedAction ? el('span', { class: 'badge' }, codeText('action', r.requestedAction)) : null),
    el('div', { class: 'meta' },
      [vehicle, doc.source ? t('common.from', { source: doc.source }) : '', t('alert.validUntil', { date: day(doc.validUntil ?? r.validUntil) }),
        Array.isArray(r.targetGates) && r.targetGates.length ? t('alert.gates', { gates: list(r.targetGates) }) : ''].filter(Boolean).join(' · ')),
    deadline(r),
    recordText(r.justification),
    (r.riskIndicators || []).map((ind) => recordText(ind.modusOperandi, 'text meta')),
    state.claims && doc.source === state.claims.authority && mayReadReceipts() ? receiptsLine(idOf(doc)) : null);
}

export function renderAlerts() {
  renderAlertsTitle();
  if (!state.gate) {
    fill($('alerts'), note(t('alerts.chooseGate')));
    return;
  }
  const items = state.data.alerts || [];
  fill($('alerts'), items.length ? el('ul', { class: 'cards' }, items.map(alertCard)) : note(t('alerts.none', { gate: state.gate })));
}
