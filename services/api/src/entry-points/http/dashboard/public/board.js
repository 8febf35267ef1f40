// The board as a whole: signing in and out, who is signed in, and loading or re-rendering every panel.
import { $, el, fill } from './dom.js';
import { initialLang } from './i18n.js';
import { loadAlerts, renderAlerts } from './panel-alerts.js';
import { loadHits, renderHits } from './panel-hits.js';
import { renderPlate } from './panel-plate.js';
import { loadPolicy, renderPolicy } from './panel-policy.js';
import { loadTrends } from './panel-trends.js';
import { decodeClaims, forget, gateOf, savedGate, saveToken } from './session.js';
import { state } from './state.js';

const REFRESH_MS = 60_000;

export function loadAll() {
  loadAlerts();
  loadHits();
  loadTrends();
  loadPolicy();
  if (state.data.plate) renderPlate();
}

export function rerenderTexts() {
  if (state.data.alerts) renderAlerts();
  if (state.data.plate) renderPlate();
  if (state.data.hits) renderHits();
  if (state.data.policy) renderPolicy();
}

function showIdentity(claims) {
  const where = claims.gate ? `gate ${claims.gate}` : claims.office ? `office ${claims.office}` : 'headquarters';
  $('who-line').textContent = `${claims.authority} · ${where}${claims.sub ? ` · ${claims.sub}` : ''}`;
  fill($('who-roles'), (Array.isArray(claims.roles) ? claims.roles : []).map((role) => el('span', { class: 'role' }, role)),
    claims.personal_data ? null : el('span', { class: 'role', title: 'personal data is withheld from this session' }, 'no personal data'));
  $('who-expiry').textContent = typeof claims.exp === 'number' ? `until ${new Date(claims.exp * 1000).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}` : '';
}

export function signIn(token, quiet) {
  const claims = decodeClaims(token);
  state.token = token;
  state.claims = claims;
  saveToken(token);
  state.lang = initialLang(claims.authority);
  const { ownGate, bound } = gateOf(claims);
  state.gate = (!bound && savedGate()) || ownGate;
  $('gate').readOnly = Boolean(bound);
  $('gate').title = bound ? 'Your token is bound to this gate' : 'Gate whose alerts to show';
  showIdentity(claims);
  $('sign-in').hidden = true;
  $('board').hidden = false;
  $('who').hidden = false;
  $('controls').hidden = false;
  $('lang').value = state.lang;
  $('gate').value = state.gate;
  $('policy-at').value = new Date().toISOString().slice(0, 10);
  $('policy-gate').value = state.gate;
  if (!quiet) $('plate').focus();
  loadAll();
  clearInterval(state.timer);
  state.timer = setInterval(() => { loadAlerts(); loadHits(); }, REFRESH_MS);
}

export function signOut(message) {
  clearInterval(state.timer);
  state.token = null;
  state.claims = null;
  state.data = { alerts: null, plate: null, hits: null, policy: null };
  forget();
  for (const id of ['alerts', 'plate-results', 'hits', 'policy']) $(id).replaceChildren();
  for (const chart of document.querySelectorAll('.chart-body')) chart.replaceChildren();
  $('board').hidden = true;
  $('who').hidden = true;
  $('controls').hidden = true;
  $('sign-in').hidden = false;
  $('token').value = '';
  const error = $('sign-in-error');
  error.textContent = message || '';
  error.hidden = !message;
}
