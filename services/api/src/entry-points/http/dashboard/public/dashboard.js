// BEX dashboard: plain browser JavaScript, no build step and no library. Everything it needs is
// served by the api it talks to, so it works at a border post without internet. It builds the page
// with DOM calls only (never innerHTML with data), so record texts cannot inject markup.
'use strict';

(function dashboard() {
  const TOKEN_KEY = 'bex.dashboard.token';
  const LANG_KEY = 'bex.dashboard.lang';
  const GATE_KEY = 'bex.dashboard.gate';
  const LANGS = ['lo', 'vi', 'zh', 'en'];
  const HOME_LANG = { LA: 'lo', VN: 'vi', CN: 'zh' };
  const GATE_CODE = /^[A-Z]{2}-[A-Z0-9]{3}$/;
  const REFRESH_MS = 60_000;
  const SVG_NS = 'http://www.w3.org/2000/svg';

  const $ = (id) => document.getElementById(id);

  const state = {
    token: null,
    claims: null,
    lang: 'en',
    gate: '',
    data: { alerts: null, plate: null, hits: null, policy: null },
    timer: null,
  };

  // ---------------------------------------------------------------- DOM helpers

  /** el('p', { class: 'x', lang: 'lo' }, 'text', child) */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'class') node.className = value;
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    append(node, children);
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false) continue;
      node.append(typeof child === 'string' || typeof child === 'number' ? String(child) : child);
    }
  }

  function fill(container, ...children) {
    container.replaceChildren();
    append(container, children);
  }

  const note = (text, cls = 'empty') => el('p', { class: cls }, text);

  function problemNode(err) {
    if (err && err.status === 403) {
      return el('div', { class: 'problem', role: 'alert' }, el('strong', {}, 'Not open to your role'), err.detail || 'Your token does not give access to this part of the exchange.');
    }
    if (err && err.status !== undefined) {
      return el('div', { class: 'problem', role: 'alert' }, el('strong', {}, err.title || `Error ${err.status}`), err.detail || '');
    }
    return el('div', { class: 'problem', role: 'alert' }, el('strong', {}, 'The exchange could not be reached'), String((err && err.message) || err));
  }

  // ---------------------------------------------------------------- formatting

  const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });
  const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' });

  function toDate(value) {
    if (value === undefined || value === null || value === '') return null;
    const date = new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  const when = (value) => { const d = toDate(value); return d ? dateTimeFormat.format(d) : '—'; };
  const day = (value) => { const d = toDate(value); return d ? dateFormat.format(d) : '—'; };

  /** PSYCHOTROPIC_SUBSTANCES -> Psychotropic substances */
  function humanise(code) {
    if (code === undefined || code === null) return '—';
    const text = String(code).replace(/_/g, ' ').toLowerCase();
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  /** The text of a by-language map in the chosen language, else English, else any other. */
  function pickText(map) {
    if (!map || typeof map !== 'object') return null;
    const order = [state.lang, 'en', ...LANGS, ...Object.keys(map)];
    for (const lang of order) {
      const value = map[lang];
      if (typeof value === 'string' && value.trim() !== '') return { lang, value };
    }
    return null;
  }

  /** A paragraph in the text's own language (so the right font renders it), tagged when it is not the chosen one. */
  function recordText(map, cls = 'text') {
    const picked = pickText(map);
    if (!picked) return null;
    return el('p', { class: cls, lang: picked.lang === 'zh' ? 'zh-Hans' : picked.lang },
      picked.value,
      picked.lang !== state.lang ? el('span', { class: 'lang-tag', lang: 'en', title: 'shown in another language: no text in the chosen one' }, picked.lang) : null);
  }

  /** A list out of whichever envelope the api chose: an array, or { items | groups | results | data }. */
  function listOf(body) {
    if (Array.isArray(body)) return body;
    if (body && typeof body === 'object') {
      for (const key of ['items', 'groups', 'results', 'data', 'buckets']) if (Array.isArray(body[key])) return body[key];
    }
    return [];
  }

  const recordOf = (doc) => (doc && typeof doc === 'object' && doc.record && typeof doc.record === 'object' ? doc.record : doc || {});
  const idOf = (doc) => (doc && (doc._id || doc.id || doc.recordId || (doc.record && doc.record.meta && doc.record.meta.recordId))) || '';
  const shortId = (id) => String(id || '').slice(0, 8);

  // ---------------------------------------------------------------- token and api

  function base64UrlDecode(text) {
    const b64 = text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    return new TextDecoder().decode(bytes);
  }

  /** The token's claims, for display only: the api verifies the signature on every call. */
  function decodeClaims(token) {
    const parts = token.split('.');
    if (parts.length !== 3) throw new Error('This is not an access token (a JWT has three parts separated by dots).');
    let claims;
    try {
      claims = JSON.parse(base64UrlDecode(parts[1]));
    } catch {
      throw new Error('The token cannot be read: copy it again, whole.');
    }
    if (!claims || typeof claims !== 'object' || typeof claims.authority !== 'string') throw new Error('The token names no authority.');
    if (typeof claims.exp === 'number' && claims.exp * 1000 <= Date.now()) throw new Error('The token has expired: ask for a new one.');
    return claims;
  }

  class ApiError extends Error {
    constructor(status, title, detail) {
      super(detail || title);
      this.status = status;
      this.title = title;
      this.detail = detail;
    }
  }

  async function api(path) {
    const res = await fetch(path, { headers: { authorization: `Bearer ${state.token}`, accept: 'application/json' }, cache: 'no-store', credentials: 'omit' });
    const type = res.headers.get('content-type') || '';
    const body = type.includes('json') ? await res.json().catch(() => null) : null;
    if (!res.ok) {
      const err = new ApiError(res.status, (body && body.title) || res.statusText, body && body.detail);
      if (res.status === 401) signOut('Your session has ended (the token was refused or has expired). Sign in again.');
      throw err;
    }
    return body;
  }

  // ---------------------------------------------------------------- sign in / out

  function signIn(token, quiet) {
    const claims = decodeClaims(token);
    state.token = token;
    state.claims = claims;
    sessionStorage.setItem(TOKEN_KEY, token);
    const savedLang = localStorage.getItem(LANG_KEY);
    state.lang = LANGS.includes(savedLang) ? savedLang : HOME_LANG[claims.authority] || 'en';
    const ownGate = typeof claims.gate === 'string' ? claims.gate : GATE_CODE.test(claims.office || '') ? claims.office : '';
    // A token that is only a border branch's is bound to its own gate: the api refuses any other.
    const bound = Array.isArray(claims.roles) && claims.roles.length > 0 && claims.roles.every((r) => r === 'border-branch') && ownGate;
    state.gate = (!bound && sessionStorage.getItem(GATE_KEY)) || ownGate;
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

  function signOut(message) {
    clearInterval(state.timer);
    state.token = null;
    state.claims = null;
    state.data = { alerts: null, plate: null, hits: null, policy: null };
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(GATE_KEY);
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

  function showIdentity(claims) {
    const where = claims.gate ? `gate ${claims.gate}` : claims.office ? `office ${claims.office}` : 'headquarters';
    $('who-line').textContent = `${claims.authority} · ${where}${claims.sub ? ` · ${claims.sub}` : ''}`;
    fill($('who-roles'), (Array.isArray(claims.roles) ? claims.roles : []).map((role) => el('span', { class: 'role' }, role)),
      claims.personal_data ? null : el('span', { class: 'role', title: 'personal data is withheld from this session' }, 'no personal data'));
    $('who-expiry').textContent = typeof claims.exp === 'number' ? `until ${new Date(claims.exp * 1000).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}` : '';
  }

  // ---------------------------------------------------------------- panels

  function loadAll() {
    loadAlerts();
    loadHits();
    loadTrends();
    loadPolicy();
    if (state.data.plate) renderPlate();
  }

  async function loadAlerts() {
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

  function alertCard(doc) {
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

  function renderAlerts() {
    const items = state.data.alerts || [];
    fill($('alerts'), items.length ? el('ul', { class: 'cards' }, items.map(alertCard)) : note(`No active alert targets ${state.gate}.`));
  }

  async function searchPlate(plate) {
    const box = $('plate-results');
    fill(box, note('Searching…', 'loading'));
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
      return el('div', {}, `${g.quantity ?? ''} ${UNITS[g.unit] || g.unit || ''} `, what ? el('span', { lang: what.lang === 'zh' ? 'zh-Hans' : what.lang }, what.value) : humanise(g.category));
    });
    const place = (r.location && (r.location.name || r.location.gateCode)) || doc.placeName || doc.gate || '';
    return el('tr', { 'data-seizure-id': idOf(doc) },
      el('td', {}, day(r.seizedAt ?? doc.seizedAt), doc.source ? el('div', { class: 'meta' }, `from ${doc.source}`) : null),
      el('td', {}, r.caseReference || doc.caseReference || shortId(idOf(doc)), el('div', { class: 'meta' }, place)),
      el('td', {}, goods.length ? goods : '—'));
  }

  function renderPlate() {
    const result = state.data.plate;
    if (!result) return;
    const alerts = listOf(result.activeAlerts ?? result.alerts);
    const seizures = listOf(result.seizures);
    fill($('plate-results'),
      el('p', { class: 'meta' }, `Plate ${result.plate ?? ''}${result.normalised ? ` (searched as ${result.normalised})` : ''}`),
      el('h3', { class: 'subhead' }, `Active alerts (${alerts.length})`),
      alerts.length ? el('ul', { class: 'cards' }, alerts.map(alertCard)) : note('No active alert for this plate.'),
      el('h3', { class: 'subhead' }, `Seizures (${seizures.length})`),
      seizures.length
        ? el('table', { class: 'list' }, el('thead', {}, el('tr', {}, el('th', {}, 'Seized'), el('th', {}, 'Case'), el('th', {}, 'Goods'))), el('tbody', {}, seizures.map(seizureRow)))
        : note('No seizure recorded with this plate.'));
  }

  async function loadHits() {
    const box = $('hits');
    fill(box, note('Loading…', 'loading'));
    try {
      state.data.hits = listOf(await api('/v1/alert-hits/mine'));
      renderHits();
    } catch (err) {
      fill(box, problemNode(err));
    }
  }

  function renderHits() {
    const items = state.data.hits || [];
    if (!items.length) {
      fill($('hits'), note('No partner has reported a hit on your alerts yet.'));
      return;
    }
    const sorted = [...items].sort((a, b) => (toDate(recordOf(b).seenAt) || 0) - (toDate(recordOf(a).seenAt) || 0));
    fill($('hits'), el('ul', { class: 'cards' }, sorted.map((doc) => {
      const r = recordOf(doc);
      const result = r.result || '';
      const plate = r.observedVehicle && r.observedVehicle.plate;
      return el('li', { class: `card${result === 'SEIZURE' ? ' urgent' : ''}`, 'data-hit-id': idOf(doc) },
        el('div', { class: 'card-head' },
          el('span', { class: 'plate-no' }, plate || `alert ${shortId(r.alertId)}`),
          el('span', { class: `badge ${result === 'SEIZURE' ? 'seizure' : result === 'NO_FIND' ? 'ok' : 'warn'}` }, humanise(result))),
        el('div', { class: 'meta' }, [when(r.seenAt), r.location && (r.location.name || r.location.gateCode), doc.source || r.reportingAuthority ? `from ${doc.source || r.reportingAuthority}` : '', `alert ${shortId(r.alertId)}`].filter(Boolean).join(' · ')),
        recordText(r.circumstances));
    })));
  }

  /** Months from the first to the last with data, the empty ones as zero, so the gaps show. */
  function monthSeries(rows) {
    const known = rows.filter((r) => /^\d{4}-\d{2}$/.test(r.label)).sort((a, b) => a.label.localeCompare(b.label));
    if (!known.length) return rows;
    const counts = new Map(known.map((r) => [r.label, r.count]));
    const [y0, m0] = known[0].label.split('-').map(Number);
    const [y1, m1] = known[known.length - 1].label.split('-').map(Number);
    const series = [];
    for (let i = (y1 * 12 + m1) - (y0 * 12 + m0); i >= 0 && series.length < 60; i--) {
      const n = y1 * 12 + (m1 - 1) - i;
      const label = `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
      series.push({ label, count: counts.get(label) || 0 });
    }
    return series;
  }

  async function loadTrends() {
    const months = Number($('period').value) || 24;
    const to = new Date();
    const from = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - months + 1, 1));
    const period = `from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`;
    const charts = [
      ['chart-month', 'month', (rows) => monthSeries(rows), 'columns'],
      ['chart-category', 'category', (rows) => [...rows].sort((a, b) => b.count - a.count).slice(0, 8), 'rows'],
      ['chart-route', 'route', (rows) => [...rows].sort((a, b) => b.count - a.count).slice(0, 8), 'rows'],
    ];
    await Promise.all(charts.map(async ([id, groupBy, pick, shape]) => {
      const box = document.querySelector(`#${id} .chart-body`);
      fill(box, note('Loading…', 'loading'));
      try {
        const rows = listOf(await api(`/v1/analytics/seizures?groupBy=${groupBy}&${period}`)).map((row) => ({
          label: keyLabel(row, groupBy),
          count: Number(row.count ?? row.total ?? 0),
        }));
        const shown = pick(rows.filter((row) => Number.isFinite(row.count)));
        fill(box, shown.some((row) => row.count > 0) ? barChart(shown, shape, groupBy) : note('No seizure in this period.'));
      } catch (err) {
        fill(box, problemNode(err));
      }
    }));
  }

  function keyLabel(row, groupBy) {
    const key = row.key ?? row._id ?? row[groupBy] ?? row.label;
    if (key && typeof key === 'object') {
      if (Array.isArray(key)) return key.join(' → ');
      const parts = [key.origin, key.departure, ...(Array.isArray(key.transit) ? key.transit : []), key.destination].filter(Boolean);
      return parts.length ? parts.join(' → ') : Object.values(key).filter(Boolean).join(' → ');
    }
    return key === undefined || key === null || key === '' ? '(unknown)' : String(key);
  }

  function tickLabel(label, groupBy) {
    if (groupBy === 'month') {
      const m = /^(\d{4})-(\d{2})$/.exec(label);
      if (m) return monthFormat.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)));
    }
    if (groupBy === 'category') return humanise(label);
    if (groupBy === 'route') return label.replace(/UNKNOWN/g, '?').replace(/\s*→\s*/g, ' → ');
    return label;
  }

  /** UN/ECE Rec. 20 units the demo data uses, in words. */
  const UNITS = { KGM: 'kg', GRM: 'g', NAR: 'pcs', LTR: 'l', TNE: 't', MTQ: 'm³' };

  const clip = (text, max) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

  /** A bar chart in SVG: 'columns' (one per month) or 'rows' (labelled horizontal bars). */
  function barChart(rows, shape, groupBy) {
    const max = Math.max(1, ...rows.map((r) => r.count));
    const title = (row) => svg('title', {}, `${tickLabel(row.label, groupBy)}: ${row.count}`);
    if (shape === 'columns') {
      const width = 300, height = 150, top = 16, bottom = 20, left = 4;
      const slot = (width - left * 2) / rows.length;
      const barWidth = Math.min(48, slot * 0.7);
      const plotHeight = height - top - bottom;
      return svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `Seizures by month: ${rows.map((r) => `${r.label} ${r.count}`).join(', ')}` },
        svg('line', { class: 'axis', x1: left, x2: width - left, y1: top + plotHeight, y2: top + plotHeight }),
        rows.map((row, i) => {
          const h = row.count > 0 ? Math.max(2, (row.count / max) * plotHeight) : 0;
          const x = left + i * slot + (slot - barWidth) / 2;
          const y = top + plotHeight - h;
          return svg('g', {},
            svg('rect', { class: 'bar', x: x.toFixed(1), y: y.toFixed(1), width: barWidth.toFixed(1), height: h.toFixed(1), 'data-key': row.label, 'data-count': row.count }, title(row)),
            row.count > 0 ? svg('text', { class: 'value', x: (x + barWidth / 2).toFixed(1), y: (y - 3).toFixed(1), 'text-anchor': 'middle' }, row.count) : null,
            // With many months, label every few so the ticks stay readable.
            i % Math.ceil(rows.length / 8) === 0 || i === rows.length - 1
              ? svg('text', { class: 'label', x: (x + barWidth / 2).toFixed(1), y: height - 6, 'text-anchor': 'middle' }, clip(tickLabel(row.label, groupBy), 9))
              : null);
        }));
    }
    const rowHeight = 24, width = 300, labelWidth = 140, right = 28;
    const height = rows.length * rowHeight + 4;
    const plotWidth = width - labelWidth - right;
    return svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `Seizures by ${groupBy}: ${rows.map((r) => `${r.label} ${r.count}`).join(', ')}` },
      svg('line', { class: 'axis', x1: labelWidth, x2: labelWidth, y1: 0, y2: height }),
      rows.map((row, i) => {
        const w = Math.max(1, (row.count / max) * plotWidth);
        const y = 2 + i * rowHeight;
        return svg('g', {},
          svg('text', { class: 'label', x: labelWidth - 6, y: y + 15, 'text-anchor': 'end' }, clip(tickLabel(row.label, groupBy), 24)),
          svg('rect', { class: 'bar', x: labelWidth, y: y + 3, width: w.toFixed(1), height: rowHeight - 8, 'data-key': row.label, 'data-count': row.count }, title(row)),
          svg('text', { class: 'value', x: (labelWidth + w + 4).toFixed(1), y: y + 15 }, row.count));
      }));
  }

  async function loadPolicy() {
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

  function renderPolicy() {
    const items = state.data.policy || [];
    if (!items.length) {
      fill($('policy'), note('No policy or checkpoint change in force here on that day.'));
      return;
    }
    const sorted = [...items].sort((a, b) => (toDate(recordOf(b).effectiveFrom) || 0) - (toDate(recordOf(a).effectiveFrom) || 0));
    fill($('policy'), el('ul', { class: 'cards' }, sorted.map((doc) => {
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
    })));
  }

  function rerenderTexts() {
    if (state.data.alerts) renderAlerts();
    if (state.data.plate) renderPlate();
    if (state.data.hits) renderHits();
    if (state.data.policy) renderPolicy();
  }

  // ---------------------------------------------------------------- wiring

  function start() {
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
      localStorage.setItem(LANG_KEY, state.lang);
      rerenderTexts();
    });
    $('gate').addEventListener('change', (event) => {
      state.gate = event.target.value.trim().toUpperCase();
      event.target.value = state.gate;
      sessionStorage.setItem(GATE_KEY, state.gate);
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
    const saved = sessionStorage.getItem(TOKEN_KEY);
    if (saved) {
      try {
        signIn(saved, true);
      } catch (err) {
        signOut(err.message);
      }
    }
  }

  document.addEventListener('DOMContentLoaded', start);
})();
