// Panel: hits that partners reported on this authority's alerts, newest first.
import { api } from './api.js';
import { $, el, fill, note, problemNode } from './dom.js';
import { humanise, idOf, listOf, recordOf, shortId, toDate, when } from './format.js';
import { recordText } from './i18n.js';
import { state } from './state.js';

export async function loadHits() {
  const box = $('hits');
  fill(box, note('Loading…', 'loading'));
  try {
    state.data.hits = listOf(await api('/v1/alert-hits/mine'));
    renderHits();
  } catch (err) {
    fill(box, problemNode(err));
  }
}

function hitCard(doc) {
  const r = recordOf(doc);
  const result = r.result || '';
  const plate = r.observedVehicle && r.observedVehicle.plate;
  return el('li', { class: `card${result === 'SEIZURE' ? ' urgent' : ''}`, 'data-hit-id': idOf(doc) },
    el('div', { class: 'card-head' },
      el('span', { class: 'plate-no' }, plate || `alert ${shortId(r.alertId)}`),
      el('span', { class: `badge ${result === 'SEIZURE' ? 'seizure' : result === 'NO_FIND' ? 'ok' : 'warn'}` }, humanise(result))),
    el('div', { class: 'meta' }, [when(r.seenAt), r.location && (r.location.name || r.location.gateCode), doc.source || r.reportingAuthority ? `from ${doc.source || r.reportingAuthority}` : '', `alert ${shortId(r.alertId)}`].filter(Boolean).join(' · ')),
    recordText(r.circumstances));
}

export function renderHits() {
  const items = state.data.hits || [];
  if (!items.length) {
    fill($('hits'), note('No partner has reported a hit on your alerts yet.'));
    return;
  }
  const sorted = [...items].sort((a, b) => (toDate(recordOf(b).seenAt) || 0) - (toDate(recordOf(a).seenAt) || 0));
  fill($('hits'), el('ul', { class: 'cards' }, sorted.map(hitCard)));
}
