// The page's own words: one catalog per language (i18n/<lang>.js, the same keys as i18n/en.js) and
// t(key, params) to look them up; plus the Intl formats of the chosen language. Record texts that
// come in several languages are picked in i18n.js; everything else the page says comes from here.
import en from './i18n/en.js';
import km from './i18n/km.js';
import lo from './i18n/lo.js';
import th from './i18n/th.js';
import vi from './i18n/vi.js';
import zh from './i18n/zh.js';
import { state } from './state.js';

export const CATALOGS = { lo, vi, zh, th, km, en };
/** Languages of the page, in the order the language menu lists them. */
export const UI_LANGS = ['lo', 'vi', 'zh', 'th', 'km', 'en'];
/** The locale tag each language formats dates and numbers with. */
export const LOCALES = { lo: 'lo-LA', vi: 'vi-VN', zh: 'zh-CN', th: 'th-TH', km: 'km-KH', en: 'en' };

const catalog = () => CATALOGS[state.lang] || en;
export const locale = () => LOCALES[state.lang] || 'en';

/** Whether the catalogs know this key (codes without a translation are shown as they are). */
export const has = (key) => Object.prototype.hasOwnProperty.call(en, key);

/** The text for a key in the chosen language (else English, else the key), with {name} filled in. */
export function t(key, params) {
  const current = catalog();
  const text = Object.prototype.hasOwnProperty.call(current, key) ? current[key] : has(key) ? en[key] : key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (params[name] === undefined || params[name] === null ? whole : String(params[name])));
}

/** A code's words from the catalog (`priority.URGENT`), else the code itself: never made-up English. */
export function codeText(prefix, code) {
  if (code === undefined || code === null || code === '') return '—';
  const key = `${prefix}.${code}`;
  return has(key) ? t(key) : String(code);
}

const formats = new Map();
/** One Intl object per locale and options, made on first use. */
function format(kind, options) {
  const id = `${kind}|${locale()}|${JSON.stringify(options)}`;
  let made = formats.get(id);
  if (!made) {
    made = new Intl[kind](locale(), options);
    formats.set(id, made);
  }
  return made;
}

/** Whether this browser's Intl has data for the language (Chromium ships none for lo and km). */
const intlKnows = () => Intl.DateTimeFormat.supportedLocalesOf(locale()).length > 0;
const monthName = (index) => t(`month.${index + 1}`);

/** A day (and time) as the language writes it: Intl's, else the catalog's month names and order. */
export const dateOnly = (date) => (intlKnows()
  ? format('DateTimeFormat', { dateStyle: 'medium' }).format(date)
  : t('date.day', { day: date.getDate(), month: monthName(date.getMonth()), year: date.getFullYear() }));
// Without data for the language, the time is the 24-hour clock in digits, which every reader has.
export const timeOnly = (date) => new Intl.DateTimeFormat(intlKnows() ? locale() : 'en-GB', { hour: '2-digit', minute: '2-digit', hour12: false }).format(date);
export const dateTime = (date) => (intlKnows()
  ? format('DateTimeFormat', { dateStyle: 'medium', timeStyle: 'short' }).format(date)
  : t('date.dayTime', { date: dateOnly(date), time: timeOnly(date) }));
/** A month of the trends (the series is in UTC). */
export const monthShort = (date) => (intlKnows()
  ? format('DateTimeFormat', { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(date)
  : t('date.month', { month: monthName(date.getUTCMonth()), year: String(date.getUTCFullYear()).slice(2) }));

export function number(value) {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? format('NumberFormat', { maximumFractionDigits: 3 }).format(n) : String(value ?? '');
}

/** A list of codes (gates): Chinese separates them with 、, the others with a comma. (Intl.ListFormat
 *  'unit' joins Chinese items with nothing, and knows no lo or km.) */
export const list = (items) => items.map(String).join(state.lang === 'zh' ? '、' : ', ');
