// Formatting of dates, codes and quantities in the chosen language, and reading records out of
// whatever envelope the api chose.
import { codeText, dateOnly, dateTime, has, number, t } from './messages.js';

export function toDate(value) {
  if (value === undefined || value === null || value === '') return null;
  const date = new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);
  return Number.isNaN(date.getTime()) ? null : date;
}
export const when = (value) => { const d = toDate(value); return d ? dateTime(d) : '—'; };
export const day = (value) => { const d = toDate(value); return d ? dateOnly(d) : '—'; };

export { codeText };

/** A quantity with its UN/ECE Rec. 20 unit (KGM, NAR, …), in the chosen language. */
export function quantity(amount, unit) {
  const n = amount === undefined || amount === null || amount === '' ? '' : number(amount);
  const key = `unit.${unit}`;
  if (has(key)) return t(key, { n });
  return [n, unit].filter(Boolean).join(' ');
}

/** Cuts a text to at most max characters as the reader sees them (grapheme clusters, for Thai, Lao, Khmer). */
export function clip(text, max) {
  const parts = typeof Intl.Segmenter === 'function' ? [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment) : [...text];
  return parts.length > max ? `${parts.slice(0, max - 1).join('')}…` : text;
}

/** A list out of whichever envelope the api chose: an array, or { items | groups | results | data }. */
export function listOf(body) {
  if (Array.isArray(body)) return body;
  if (body && typeof body === 'object') {
    for (const key of ['items', 'groups', 'results', 'data', 'buckets']) if (Array.isArray(body[key])) return body[key];
  }
  return [];
}

export const recordOf = (doc) => (doc && typeof doc === 'object' && doc.record && typeof doc.record === 'object' ? doc.record : doc || {});
export const idOf = (doc) => (doc && (doc._id || doc.id || doc.recordId || (doc.record && doc.record.meta && doc.record.meta.recordId))) || '';
export const shortId = (id) => String(id || '').slice(0, 8);
