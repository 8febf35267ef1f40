// Under each of this authority's own alerts, what every partner reported back: "VN: delivered
// 14:02 · viewed 14:10 · hit reported 16:31". Only officers and admins may read receipts.
import { api } from './api.js';
import { el, fill } from './dom.js';
import { when } from './format.js';
import { t } from './messages.js';
import { state } from './state.js';

const READERS = ['officer', 'admin'];

export function mayReadReceipts() {
  const roles = (state.claims && state.claims.roles) || [];
  return roles.some((r) => READERS.includes(r));
}

function partnerLine(p) {
  const parts = [p.delivered ? t('receipts.delivered', { partner: p.partner, time: when(p.delivered.at) }) : t('receipts.notDelivered', { partner: p.partner })];
  if (p.viewed) parts.push(t('receipts.viewed', { time: when(p.viewed.at) }));
  for (const a of p.actioned || []) parts.push(t('receipts.actioned', { time: when(a.at) }));
  return el('div', { class: 'meta receipts', 'data-partner': p.partner }, parts.join(' · '));
}

/** A node that fills itself with the receipts of one own record once they are read. */
export function receiptsLine(recordId) {
  const box = el('div', { class: 'receipts-box' });
  api(`/v1/records/${encodeURIComponent(recordId)}/receipts`)
    .then((body) => fill(box, (body.partners || []).map(partnerLine)))
    .catch(() => fill(box));
  return box;
}
