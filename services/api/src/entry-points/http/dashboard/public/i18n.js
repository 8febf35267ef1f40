// Languages: which one the page speaks (saved choice, else the token's authority, else English),
// the page's fixed texts (data-i18n attributes in index.html), and record texts, which come as
// by-language maps: shown in the chosen language, else another.
import { el } from './dom.js';
import { t, UI_LANGS } from './messages.js';
import { state } from './state.js';

const LANG_KEY = 'bex.dashboard.lang';
export const LANGS = UI_LANGS;
/** Languages record texts (TextByLanguage) may carry. */
const RECORD_LANGS = ['lo', 'vi', 'zh', 'en'];
const HOME_LANG = { LA: 'lo', VN: 'vi', CN: 'zh', TH: 'th', KH: 'km' };

const savedLang = () => {
  const saved = localStorage.getItem(LANG_KEY);
  return LANGS.includes(saved) ? saved : null;
};

/** The saved choice, else the language of the token's authority, else English. */
export function initialLang(authority) {
  return savedLang() || HOME_LANG[authority] || 'en';
}

/** Before sign-in: the saved choice, else the browser's language when the page has it, else English. */
export function pageLang() {
  const wanted = (navigator.languages || [navigator.language || '']).map((tag) => String(tag).slice(0, 2).toLowerCase());
  return savedLang() || wanted.find((lang) => LANGS.includes(lang)) || 'en';
}

export function saveLang(lang) {
  localStorage.setItem(LANG_KEY, lang);
}

/** The lang attribute for a text in that language (so the right font renders it). */
export const langAttr = (lang) => (lang === 'zh' ? 'zh-Hans' : lang);

/** Puts the page's fixed texts (data-i18n, data-i18n-placeholder|title|aria-label) in the chosen language. */
export function applyStatic(root = document) {
  document.documentElement.lang = langAttr(state.lang);
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const [attr, data] of [['placeholder', 'i18nPlaceholder'], ['title', 'i18nTitle'], ['aria-label', 'i18nAriaLabel']]) {
    for (const node of root.querySelectorAll(`[data-i18n-${attr}]`)) node.setAttribute(attr, t(node.dataset[data]));
  }
}

/** The text of a by-language map in the chosen language, else English, else any other. */
export function pickText(map) {
  if (!map || typeof map !== 'object') return null;
  const order = [state.lang, 'en', ...RECORD_LANGS, ...Object.keys(map)];
  for (const lang of order) {
    const value = map[lang];
    if (typeof value === 'string' && value.trim() !== '') return { lang, value };
  }
  return null;
}

/** A paragraph in the text's own language, tagged when it is not the chosen one. */
export function recordText(map, cls = 'text') {
  const picked = pickText(map);
  if (!picked) return null;
  return el('p', { class: cls, lang: langAttr(picked.lang), 'data-record-text': true },
    picked.value,
    picked.lang !== state.lang ? el('span', { class: 'lang-tag', lang: 'en', title: t('common.otherLanguage') }, picked.lang) : null);
}
