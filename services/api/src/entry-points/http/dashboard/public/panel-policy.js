// Panel: policy and checkpoint changes in force at a gate on a day.
import { api } from './api.js';
import { $, el, fill, note, problemNode } from './dom.js';
import { day, humanise, idOf, listOf, recordOf, toDate } from './format.js';
import { recordText } from './i18n.js';
import { state } from './state.js';

export async function loadPolicy() {
  const box = $('policy');
  const gate = $('policy-gate').value.trim().toUpperCase();
  const at = $('policy-at').value;
  if (!gate) {
    fill(box, note('Choose a gate to see the changes in force there.'));
    return;
  }
  const params = new URLSearchParams({ gate });
  if (at) params.set('at', new Date(`${at}T12:00:00Z`).toISOString());
  fill(box, note('Loading…', 'loading'));
  try {
    state.data.policy = listOf(await api(`/v1/policy-changes/in-force?${params}`));
    renderPolicy();
  } catch (err) {
    fill(box, problemNode(err));
  }
}

function limitText(r) {
  const unit = Array.isArray(r.affectedTransportModes) && r.affectedTransportModes.length === 1 && r.affectedTransportModes[0] === '3' ? 'trucks' : 'vehicles';
  const was = typeof r.previousDailyVehicleLimit === 'number' ? el('span', { class: 'was' }, ` (was ${r.previousDailyVehicleLimit})`) : null;
  if (typeof r.dailyVehicleLimit !== 'number') return null;
  if (r.dailyVehicleLimit === 0) return el('span', { class: 'limit' }, `no ${unit}`, was);
  return el('span', { class: 'limit' }, `${r.dailyVehicleLimit} ${unit}/day`, was);
}

function policyCard(doc) {
  const r = recordOf(doc);
  const status = r.checkpointStatus ? String(r.checkpointStatus) : '';
  const gates = (r.affectedGates && r.affectedGates.length ? r.affectedGates : doc.gates || []).join(', ');
  return el('li', { class: `card${status === 'CLOSED' ? ' urgent' : ''}`, 'data-policy-id': idOf(doc) },
    el('div', { class: 'card-head' },
      el('span', { class: 'badge' }, humanise(r.changeType)),
      status ? el('span', { class: `badge ${status.toLowerCase()}` }, humanise(status)) : null,
      limitText(r)),
    recordText(r.title, 'text title'),
    recordText(r.summary, 'text meta'),
    el('div', { class: 'meta' }, [gates ? `gates ${gates}` : 'all gates', `from ${day(r.effectiveFrom ?? doc.validFrom)}`,
      r.effectiveUntil ? `until ${day(r.effectiveUntil)}` : 'until further notice', r.legalReference].filter(Boolean).join(' · ')));
}

export function renderPolicy() {
  const items = state.data.policy || [];
  if (!items.length) {
    fill($('policy'), note('No policy or checkpoint change in force here on that day.'));
    return;
  }
  const sorted = [...items].sort((a, b) => (toDate(recordOf(b).effectiveFrom) || 0) - (toDate(recordOf(a).effectiveFrom) || 0));
  fill($('policy'), el('ul', { class: 'cards' }, sorted.map(policyCard)));
}
