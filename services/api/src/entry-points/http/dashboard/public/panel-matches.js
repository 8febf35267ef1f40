// Panel: possible matches at the chosen gate (a seizure or hit whose vehicle matches a live alert),
// the alert and the record side by side, each confirmed (a hit goes to the alert's issuer) or
// dismissed with a reason.
import { api } from './api.js';
import { $, el, fill, note, problemNode } from './dom.js';
import { codeText, listOf, when } from './format.js';
import { t } from './messages.js';
import { state } from './state.js';

const REASONS = ['FALSE_POSITIVE', 'DIFFERENT_VEHICLE', 'ALREADY_REPORTED', 'OTHER'];

export async function loadMatches() {
  const box = $('matches');
  fill(box, note(t('common.loading'), 'loading'));
  try {
    state.data.matches = listOf(await api(`/v1/matches${state.gate ? `?gate=${encodeURIComponent(state.gate)}` : ''}`));
    renderMatches();
  } catch (err) {
    fill(box, problemNode(err));
  }
}

async function decide(match, path) {
  try {
    await api(`/v1/matches/${encodeURIComponent(match.id)}/${path}`, 'POST');
    state.decided = { ...(state.decided || {}), [match.id]: path.startsWith('confirm') ? 'confirmed' : 'dismissed' };
    renderMatches();
  } catch (err) {
    fill($('matches'), problemNode(err));
  }
}

function side(title, plate, lines) {
  return el('div', { class: 'match-side' }, el('div', { class: 'card-head' }, el('span', { class: 'plate-no' }, plate || '—'), el('span', { class: 'meta' }, title)), el('div', { class: 'meta' }, lines.filter(Boolean).join(' · ')));
}

function matchCard(m) {
  const alert = (m.alert && m.alert.record) || {};
  const vehicle = alert.vehicle || {};
  const seizure = m.record && m.record.seizure;
  const hit = m.record && m.record.hit;
  const gate = (seizure && seizure.gate) || (m.gates || [])[0] || '—';
  const decided = (state.decided || {})[m.id];
  const confirm = el('button', { type: 'button', class: 'confirm' }, t('matches.confirm'));
  const dismiss = el('button', { type: 'button', class: 'dismiss' }, t('matches.dismiss'));
  const reason = el('select', { 'aria-label': t('matches.dismissReason') }, REASONS.map((r) => el('option', { value: r }, codeText('dismiss', r))));
  confirm.addEventListener('click', () => decide(m, 'confirm'));
  dismiss.addEventListener('click', () => decide(m, `dismiss?reason=${encodeURIComponent(reason.value)}`));
  return el('li', { class: `card${alert.priority === 'URGENT' ? ' urgent' : ''}`, 'data-match-id': m.id },
    el('div', { class: 'meta' }, t('matches.matchedOn', { keys: (m.matchedOn || []).map((k) => k.slice(k.indexOf(':') + 1)).join(', ') })),
    el('div', { class: 'match-sides' },
      side(t('matches.alertSide', { source: m.alert.source }), vehicle.plate, [codeText('priority', alert.priority), codeText('action', alert.requestedAction)]),
      seizure
        ? side(t('matches.seizureSide', { gate }), null, [when(seizure.seizedAt), (seizure.categories || []).map((c) => codeText('category', c)).join(', ')])
        : side(t('matches.hitSide', { gate }), hit && hit.record && hit.record.observedVehicle && hit.record.observedVehicle.plate, [when(hit && hit.seenAt)])),
    decided
      ? el('div', { class: 'meta' }, decided === 'confirmed' ? t('matches.confirmed', { source: m.alert.source }) : t('matches.dismissed'))
      : el('div', { class: 'actions' }, confirm, reason, dismiss));
}

export function renderMatches() {
  const items = state.data.matches || [];
  fill($('matches'), items.length ? el('ul', { class: 'cards' }, items.map(matchCard)) : note(t('matches.none')));
}
