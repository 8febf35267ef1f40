// BEX dashboard: plain browser JavaScript modules, no build step and no library. Everything it needs
// is served by the api it talks to, so it works at a border post without internet. This entry wires
// the page's controls to the modules that do the work.
import { onUnauthorized } from './api.js';
import { loadAll, setLang, showSignInError, signIn, signOut } from './board.js';
import { $ } from './dom.js';
import { pageLang, saveLang } from './i18n.js';
import { loadAlerts } from './panel-alerts.js';
import { loadMatches } from './panel-matches.js';
import { downloadTrends, loadTrends } from './panel-trends.js';
import { searchPlate } from './panel-plate.js';
import { loadPolicy } from './panel-policy.js';
import { saveGate, savedToken } from './session.js';
import { state } from './state.js';

function start() {
  setLang(pageLang());
  onUnauthorized(signOut);
  $('sign-in-form').addEventListener('submit', (event) => {
    event.preventDefault();
    try {
      signIn($('token').value.trim().replace(/^Bearer\s+/i, ''), false);
    } catch (err) {
      showSignInError(err.i18nKey || 'signIn.unreadable');
    }
  });
  $('sign-out').addEventListener('click', () => signOut(null));
  $('refresh').addEventListener('click', () => loadAll());
  $('period').addEventListener('change', () => loadTrends());
  for (const id of ['trend-crossing', 'trend-category', 'trend-source', 'trend-direction', 'trend-compare']) $(id).addEventListener('change', () => loadTrends());
  $('trend-csv').addEventListener('click', () => downloadTrends());
  $('lang').addEventListener('change', (event) => {
    // The choice is kept in this browser (localStorage) and wins over the token's authority next time.
    saveLang(event.target.value);
    setLang(event.target.value);
  });
  $('gate').addEventListener('change', (event) => {
    state.gate = event.target.value.trim().toUpperCase();
    event.target.value = state.gate;
    saveGate(state.gate);
    loadAlerts();
    loadMatches();
  });
  $('plate-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const plate = $('plate').value.trim();
    if (plate) searchPlate(plate);
  });
  $('policy-form').addEventListener('submit', (event) => {
    event.preventDefault();
    loadPolicy();
  });
  const saved = savedToken();
  if (saved) {
    try {
      signIn(saved, true);
    } catch (err) {
      signOut(err.i18nKey || 'signIn.unreadable');
    }
  }
}

document.addEventListener('DOMContentLoaded', start);
