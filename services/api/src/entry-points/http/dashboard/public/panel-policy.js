// Panel: policy and checkpoint changes in force at a gate on a day.
import { api } from './api.js';
import { $, el, fill, note, problemNode } from './dom.js';
import { codeText, day, idOf, listOf, recordOf, toDate } from './format.js';
import { recordText } from './i18n.js';
import { list, number, t } from './messages.js';
import { state } from './state.js';

export async function loadPolicy() {
  const box = $('policy');
  const gate = $('policy-gate').value.trim().toUpperCase();
  const at = $('policy-at').value;
  if (!gate) {
    state.data.policy = null;
    fill(box, note(t('policy.chooseGate')));
    return;
  }
  const params = new URLSearchParams({ gate });
  if (at) params.set('at', new Date(`${at}T12:00:00Z`).toISOString());
  fill(box, note(t('common.loading'), 'loading'));
  try {
    state.data.policy = listOf(await api(`/v1/policy-changes/in-force?${params}`));
    renderPolicy();
  } catch (err) {
    fill(box, problemNode(err));
  }
}

function limitText(r) {
  const trucks = Array.isArray(r.affectedTransportModes) && r.affectedTransportModes.length === 1 && r.affectedTransportModes[0] === '3';
  const was = typeof r.previousDailyVehicleLimit === 'number' ? el('span', { class: 'was' }, ` ${t('policy.was', { n: number(r.previousDailyVehicleLimit) })}`) : null;
  if (typeof r.dailyVehicleLimit !== 'number') return null;
  if (r.dailyVehicleLimit === 0) return el('span', { class: 'limit' }, t(trucks ? 'policy.noTrucks' : 'policy.noVehicles'), was);
  return el('span', { class: 'limit' }, t(trucks ? 'policy.trucksPerDay' : 'policy.vehiclesPerDay', { n: number(r.dailyVehicleLimit) }), was);
}

function policyCard(doc) {
  const r = recordOf(doc);
  const status = r.checkpointStatus ? String(r.checkpointStatus) : '';
  const gates = r.affectedGates && r.affectedGates.length ? r.affectedGates : doc.gates || [];
  return el('li', { class: `card${status === 'CLOSED' ? ' urgent' : ''}`, 'data-policy-id': idOf(doc) },
    el('div', { class: 'card-head' },
      el('span', { class: 'badge' }, codeText('change', r.changeType)),
      status ? el('span', { class: `badge ${status.toLowerCase()}` }, codeText('status', status)) : null,
      limitText(r)),
    recordText(r.title, 'text title'),
    recordText(r.summary, 'text meta'),
    el('div', { class: 'meta' }, [gates.length ? t('policy.gates', { gates: list(gates) }) : t('policy.allGates'), t('policy.from', { date: day(r.effectiveFrom ?? doc.validFrom) }),
      r.effectiveUntil ? t('policy.until', { date: day(r.effectiveUntil) }) : t('policy.untilFurtherNotice'), r.legalReference].filter(Boolean).join(' · ')));
}

export function renderPolicy() {
  const items = state.data.policy || [];
  if (!items.length) {
    fill($('policy'), note(t('policy.none')));
    return;
  }
  const sorted = [...items].sort((a, b) => (toDate(recordOf(b).effectiveFrom) || 0) - (toDate(recordOf(a).effectiveFrom) || 0));
  fill($('policy'), el('ul', { class: 'cards' }, sorted.map(policyCard)));
}
