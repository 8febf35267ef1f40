// Formatting of dates, codes and units, and reading records out of whatever envelope the api chose.
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });
export const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' });

export function toDate(value) {
  if (value === undefined || value === null || value === '') return null;
  const date = new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);
  return Number.isNaN(date.getTime()) ? null : date;
}
export const when = (value) => { const d = toDate(value); return d ? dateTimeFormat.format(d) : '—'; };
export const day = (value) => { const d = toDate(value); return d ? dateFormat.format(d) : '—'; };

/** PSYCHOTROPIC_SUBSTANCES -> Psychotropic substances */
export function humanise(code) {
  if (code === undefined || code === null) return '—';
  const text = String(code).replace(/_/g, ' ').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** UN/ECE Rec. 20 units the demo data uses, in words. */
export const UNITS = { KGM: 'kg', GRM: 'g', NAR: 'pcs', LTR: 'l', TNE: 't', MTQ: 'm³' };

export const clip = (text, max) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

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
