// BEX dashboard: plain browser JavaScript modules, no build step and no library. Everything it needs
// is served by the api it talks to, so it works at a border post without internet. This entry wires
// the page's controls to the modules that do the work.
import { onUnauthorized } from './api.js';
import { loadAll, rerenderTexts, signIn, signOut } from './board.js';
import { $ } from './dom.js';
import { saveLang } from './i18n.js';
import { loadAlerts } from './panel-alerts.js';
import { searchPlate } from './panel-plate.js';
import { loadPolicy } from './panel-policy.js';
import { loadTrends } from './panel-trends.js';
import { saveGate, savedToken } from './session.js';
import { state } from './state.js';

function start() {
  onUnauthorized(signOut);
  $('sign-in-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const error = $('sign-in-error');
    try {
      signIn($('token').value.trim().replace(/^Bearer\s+/i, ''), false);
      error.hidden = true;
    } catch (err) {
      error.textContent = err.message;
      error.hidden = false;
    }
  });
  $('sign-out').addEventListener('click', () => signOut());
  $('refresh').addEventListener('click', () => loadAll());
  $('period').addEventListener('change', () => loadTrends());
  $('lang').addEventListener('change', (event) => {
    state.lang = event.target.value;
    saveLang(state.lang);
    rerenderTexts();
  });
  $('gate').addEventListener('change', (event) => {
    state.gate = event.target.value.trim().toUpperCase();
    event.target.value = state.gate;
    saveGate(state.gate);
    loadAlerts();
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
      signOut(err.message);
    }
  }
}

document.addEventListener('DOMContentLoaded', start);
