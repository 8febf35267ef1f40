// The board as a whole: signing in and out, who is signed in, the language, and loading or
// re-rendering every panel.
import { $, el, fill } from './dom.js';
import { applyStatic, initialLang, pageLang } from './i18n.js';
import { has, t, timeOnly } from './messages.js';
import { loadAlerts, renderAlerts, renderAlertsTitle } from './panel-alerts.js';
import { loadHits, renderHits } from './panel-hits.js';
import { loadMatches, renderMatches } from './panel-matches.js';
import { renderPlate } from './panel-plate.js';
import { loadPolicy, renderPolicy } from './panel-policy.js';
import { loadTrends, renderTrendFilters, renderTrends } from './panel-trends.js';
import { decodeClaims, forget, gateOf, savedGate, saveToken } from './session.js';
import { state } from './state.js';

const REFRESH_MS = 60_000;

export function loadAll() {
  loadAlerts();
  loadHits();
  loadMatches();
  renderTrendFilters();
  loadTrends();
  loadPolicy();
  if (state.data.plate) renderPlate();
}

/** Every text of the page again, in the chosen language (the data stays as loaded). */
export function rerenderTexts() {
  applyStatic();
  const error = $('sign-in-error');
  if (error.dataset.key) error.textContent = t(error.dataset.key);
  if (!state.claims) return;
  showIdentity(state.claims);
  renderAlertsTitle();
  if (state.data.alerts) renderAlerts();
  if (state.data.plate) renderPlate();
  if (state.data.hits) renderHits();
  if (state.data.matches) renderMatches();
  if (state.data.policy) renderPolicy();
  if (state.data.trends) renderTrends();
}

/** Sets the page's language (from the menu, the saved choice or the token) and redraws its texts. */
export function setLang(lang) {
  state.lang = lang;
  $('lang').value = lang;
  rerenderTexts();
}

const roleText = (role) => (has(`role.${role}`) ? t(`role.${role}`) : role);

function showIdentity(claims) {
  const where = claims.gate ? t('who.gate', { gate: claims.gate }) : claims.office ? t('who.office', { office: claims.office }) : t('who.headquarters');
  $('who-line').textContent = `${claims.authority} · ${where}${claims.sub ? ` · ${claims.sub}` : ''}`;
  fill($('who-roles'), (Array.isArray(claims.roles) ? claims.roles : []).map((role) => el('span', { class: 'role', 'data-role': role }, roleText(role))),
    claims.personal_data ? null : el('span', { class: 'role', title: t('who.noPersonalDataTitle') }, t('who.noPersonalData')));
  $('who-expiry').textContent = typeof claims.exp === 'number' ? t('who.until', { time: timeOnly(new Date(claims.exp * 1000)) }) : '';
  const bound = $('gate').readOnly;
  $('gate').title = t(bound ? 'control.gateBound' : 'control.gateTitle');
}

/** The sign-in form's message: a catalog key, so it follows the language. */
export function showSignInError(key) {
  const error = $('sign-in-error');
  error.dataset.key = key || '';
  error.textContent = key ? t(key) : '';
  error.hidden = !key;
}

export function signIn(token, quiet) {
  const claims = decodeClaims(token);
  state.token = token;
  state.claims = claims;
  saveToken(token);
  const { ownGate, bound } = gateOf(claims);
  state.gate = (!bound && savedGate()) || ownGate;
  $('gate').readOnly = Boolean(bound);
  $('sign-in').hidden = true;
  $('board').hidden = false;
  $('who').hidden = false;
  $('controls').hidden = false;
  $('gate').value = state.gate;
  $('policy-at').value = new Date().toISOString().slice(0, 10);
  $('policy-gate').value = state.gate;
  showSignInError(null);
  setLang(initialLang(claims.authority));
  if (!quiet) $('plate').focus();
  loadAll();
  clearInterval(state.timer);
  state.timer = setInterval(() => { loadAlerts(); loadHits(); loadMatches(); }, REFRESH_MS);
}

/** Signs out; `key` is the catalog key of the reason to show, if any. */
export function signOut(key) {
  clearInterval(state.timer);
  state.token = null;
  state.claims = null;
  state.data = { alerts: null, plate: null, hits: null, matches: null, policy: null, trends: null };
  state.decided = {};
  forget();
  for (const id of ['alerts', 'plate-results', 'hits', 'matches', 'policy']) $(id).replaceChildren();
  for (const chart of document.querySelectorAll('.chart-body')) chart.replaceChildren();
  $('board').hidden = true;
  $('who').hidden = true;
  $('controls').hidden = true;
  $('sign-in').hidden = false;
  $('token').value = '';
  setLang(pageLang());
  showSignInError(typeof key === 'string' ? key : null);
}
