// Panel: hits that partners reported on this authority's alerts, newest first.
import { api } from './api.js';
import { $, el, fill, note, problemNode } from './dom.js';
import { codeText, idOf, listOf, recordOf, shortId, toDate, when } from './format.js';
import { recordText } from './i18n.js';
import { t } from './messages.js';
import { state } from './state.js';

export async function loadHits() {
  const box = $('hits');
  fill(box, note(t('common.loading'), 'loading'));
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
  const alert = t('hit.alert', { id: shortId(r.alertId) });
  const source = doc.source || r.reportingAuthority;
  return el('li', { class: `card${result === 'SEIZURE' ? ' urgent' : ''}`, 'data-hit-id': idOf(doc) },
    el('div', { class: 'card-head' },
      el('span', { class: 'plate-no' }, plate || alert),
      el('span', { class: `badge ${result === 'SEIZURE' ? 'seizure' : result === 'NO_FIND' ? 'ok' : 'warn'}` }, codeText('result', result))),
    el('div', { class: 'meta' }, [when(r.seenAt), r.location && (r.location.name || r.location.gateCode), source ? t('common.from', { source }) : '', alert].filter(Boolean).join(' · ')),
    recordText(r.circumstances));
}

export function renderHits() {
  const items = state.data.hits || [];
  if (!items.length) {
    fill($('hits'), note(t('hits.none')));
    return;
  }
  const sorted = [...items].sort((a, b) => (toDate(recordOf(b).seenAt) || 0) - (toDate(recordOf(a).seenAt) || 0));
  fill($('hits'), el('ul', { class: 'cards' }, sorted.map(hitCard)));
}
