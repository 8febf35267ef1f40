// DOM helpers: the page is built with DOM calls only (never innerHTML with data), so record texts
// cannot inject markup.
import { t } from './messages.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

export const $ = (id) => document.getElementById(id);

/** el('p', { class: 'x', lang: 'lo' }, 'text', child) */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

export function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(typeof child === 'string' || typeof child === 'number' ? String(child) : child);
  }
}

export function fill(container, ...children) {
  container.replaceChildren();
  append(container, children);
}

export const note = (text, cls = 'empty') => el('p', { class: cls }, text);

/** A panel's message for a failed call: refused by role, a problem+json answer, or no answer at all.
 *  The heading is the page's own words; the api's detail (English) follows, tagged as such. */
export function problemNode(err) {
  const box = (title, detail, detailLang) => el('div', { class: 'problem', role: 'alert' }, el('strong', {}, title), ' ', detail ? el('span', { lang: detailLang }, detail) : null);
  if (err && err.status === 403) return box(t('problem.forbidden'), t('problem.forbiddenDetail'));
  if (err && err.status !== undefined) {
    const status = Number(err.status);
    const key = status === 400 || status === 422 ? 'problem.badRequest' : status === 404 ? 'problem.notFound' : status === 429 ? 'problem.tooMany' : status >= 500 ? 'problem.serverError' : null;
    return box(key ? `${t(key)} (${status})` : t('problem.status', { status }), err.detail || null, 'en');
  }
  return box(t('problem.unreachable'), t('problem.unreachableDetail'));
}
