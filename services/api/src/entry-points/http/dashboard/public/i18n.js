// Languages: the record texts come as TextByLanguage maps; show the chosen language, else another.
import { el } from './dom.js';
import { state } from './state.js';

const LANG_KEY = 'bex.dashboard.lang';
export const LANGS = ['lo', 'vi', 'zh', 'en'];
const HOME_LANG = { LA: 'lo', VN: 'vi', CN: 'zh' };

/** The saved choice, else the language of the token's authority, else English. */
export function initialLang(authority) {
  const savedLang = localStorage.getItem(LANG_KEY);
  return LANGS.includes(savedLang) ? savedLang : HOME_LANG[authority] || 'en';
}

export function saveLang(lang) {
  localStorage.setItem(LANG_KEY, lang);
}

/** The text of a by-language map in the chosen language, else English, else any other. */
export function pickText(map) {
  if (!map || typeof map !== 'object') return null;
  const order = [state.lang, 'en', ...LANGS, ...Object.keys(map)];
  for (const lang of order) {
    const value = map[lang];
    if (typeof value === 'string' && value.trim() !== '') return { lang, value };
  }
  return null;
}

/** The lang attribute for a text in that language (so the right font renders it). */
export const langAttr = (lang) => (lang === 'zh' ? 'zh-Hans' : lang);

/** A paragraph in the text's own language, tagged when it is not the chosen one. */
export function recordText(map, cls = 'text') {
  const picked = pickText(map);
  if (!picked) return null;
  return el('p', { class: cls, lang: langAttr(picked.lang) },
    picked.value,
    picked.lang !== state.lang ? el('span', { class: 'lang-tag', lang: 'en', title: 'shown in another language: no text in the chosen one' }, picked.lang) : null);
}
