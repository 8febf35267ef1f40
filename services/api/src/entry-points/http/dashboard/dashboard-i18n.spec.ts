// The dashboard in six languages: every catalog (public/i18n/<lang>.js) has exactly the English
// keys and placeholders, every key the page uses exists, and no UI text is written into the page's
// JavaScript or HTML instead of being taken from the catalogs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import ts from 'typescript';

const PUBLIC_DIR = join(__dirname, 'public');
const I18N_DIR = join(PUBLIC_DIR, 'i18n');
export const DASHBOARD_LANGS = ['lo', 'vi', 'zh', 'th', 'km', 'en'] as const;

/** Keys whose translation may legitimately be the English text itself: SI unit symbols, and date patterns made of placeholders only. */
const SAME_AS_ENGLISH = new Set(['unit.KGM', 'unit.GRM', 'unit.MTQ', 'date.day', 'date.month', 'date.dayTime']);

type Catalog = Record<string, string>;

/** A catalog module (`export default { … }`) read as data, without a module loader. */
function loadCatalog(lang: string): Catalog {
  const source = readFileSync(join(I18N_DIR, `${lang}.js`), 'utf8');
  if (!/^export default \{/m.test(source)) throw new Error(`${lang}.js must be "export default { … }"`);
  const sandbox: { module: { exports: unknown } } = { module: { exports: null } };
  runInNewContext(source.replace(/^export default /m, 'module.exports = '), sandbox);
  return sandbox.module.exports as Catalog;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

// ---- what the page's code says -------------------------------------------------------------

/** Calls whose first argument is a key, an id, a tag, a selector, an event, a URL: not UI text. */
const TECHNICAL_CALLS = new Set([
  't', 'has', 'codeText', '$', 'el', 'svg', 'getElementById', 'querySelector', 'querySelectorAll', 'addEventListener',
  'getItem', 'setItem', 'removeItem', 'setAttribute', 'getAttribute', 'createElement', 'createElementNS', 'api', 'format',
  'replace', 'split', 'join', 'padStart', 'endsWith', 'startsWith', 'includes', 'test', 'set', 'get',
]);
/** Object properties whose values are technical (CSS classes, language tags, attribute names). */
const TECHNICAL_PROPS = new Set(['class', 'lang', 'role', 'text-anchor', 'granularity', 'dateStyle', 'timeStyle', 'month', 'year', 'hour', 'minute', 'timeZone', 'style', 'type', 'accept', 'authorization', 'cache', 'credentials']);
/**
 * Literals the scan meets that are not words for a reader: codes, CSS classes, storage keys, Intl
 * and DOM names. Each must be a single token without spaces, so no sentence can hide here.
 */
const TECHNICAL_LITERALS = new Set([
  // storage keys, languages and their locale tags
  'bex.dashboard.lang', 'bex.dashboard.token', 'bex.dashboard.gate', 'en', 'en-GB', 'lo', 'vi', 'zh', 'th', 'km', 'zh-Hans', 'lo-LA', 'vi-VN', 'zh-CN', 'th-TH', 'km-KH',
  // attributes and dataset names the page translates, element ids, CSS classes, chart kinds
  'placeholder', 'i18nPlaceholder', 'title', 'i18nTitle', 'aria-label', 'i18nAriaLabel', 'alerts', 'plate-results', 'hits', 'policy',
  'loading', 'empty', 'text', 'text meta', 'text title', 'chart-month', 'month', 'columns', 'chart-category', 'category', 'rows', 'chart-route', 'route',
  // envelopes of api answers, query parameters, the prefix of unit keys, the SVG namespace
  'items', 'groups', 'results', 'data', 'buckets', 'from=', '&to=', 'unit.', 'http://www.w3.org/2000/svg',
  // HTTP methods, roles, match states, actions and dismissal codes the page sends or compares (their words come from the catalogs)
  'GET', 'POST', 'officer', 'admin', 'matches', 'confirm', 'confirmed', 'dismissed', 'dismiss?reason=', 'FALSE_POSITIVE', 'DIFFERENT_VEHICLE', 'ALREADY_REPORTED', 'OTHER',
  // trend filters: their element ids, query parameters, the CSV export's path and file name, authority and direction codes
  'trend-crossing', 'trend-category', 'trend-source', 'trend-direction', 'trend-compare', 'crossing', 'source', 'direction', '&compare=previous',
  '/v1/analytics/seizures.csv?groupBy=month&', 'LA', 'VN', 'CN', 'TH', 'KH', 'IMPORT', 'EXPORT', 'TRANSIT', 'INLAND',
]);
const allowListUsed = new Set<string>();

interface Finding { file: string; line: number; text: string }

/** Every string and template text in a script that is not in a technical position or list. */
export function untranslatedLiterals(file: string, source: string, keys: Record<string, string> = {}): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const found: Finding[] = [];
  const technicalPosition = (node: ts.Node): boolean => {
    let child: ts.Node = node;
    let parent = node.parent;
    // A literal inside `a ? 'x' : 'y'`, `a || 'x'` or a template belongs to the expression around it.
    while (parent && (ts.isConditionalExpression(parent) || ts.isParenthesizedExpression(parent) || ts.isTemplateSpan(parent) || ts.isTemplateExpression(parent)
      || (ts.isBinaryExpression(parent) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(parent.operatorToken.kind)))) {
      child = parent;
      parent = parent.parent;
    }
    if (!parent) return false;
    if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)) return true;
    if (ts.isPropertyAssignment(parent)) {
      if (parent.name === child) return true;
      const name = parent.name.getText(sf).replace(/^['"]|['"]$/g, '');
      return TECHNICAL_PROPS.has(name) || name.startsWith('data-');
    }
    if (ts.isElementAccessExpression(parent)) return true;
    if (ts.isBinaryExpression(parent) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(parent.operatorToken.kind)) return true;
    if (ts.isCaseClause(parent)) return true;
    if (ts.isCallExpression(parent) && parent.arguments[0] === child) {
      const callee = parent.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
      return TECHNICAL_CALLS.has(name);
    }
    return false;
  };
  const check = (node: ts.Node, text: string) => {
    if (!/[A-Za-z]{2}/.test(text)) return;
    if (technicalPosition(node)) return;
    // A catalog key (`signIn.expired`) handed on to t() elsewhere.
    if (/^[a-z][A-Za-z]*\.[A-Za-z_-]+$/.test(text) && Object.prototype.hasOwnProperty.call(keys, text)) return;
    if (TECHNICAL_LITERALS.has(text.trim())) {
      allowListUsed.add(text.trim());
      return;
    }
    found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text });
  };
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) check(node, node.text);
    else if (ts.isTemplateExpression(node)) {
      check(node, node.head.text);
      for (const span of node.templateSpans) check(node, span.literal.text);
    } else if (ts.isRegularExpressionLiteral(node)) return;
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Texts and text attributes of the page that do not come from the catalogs. */
export function untranslatedHtml(html: string): string[] {
  const body = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<datalist[\s\S]*?<\/datalist>/g, '');
  const problems: string[] = [];
  // Each language by its own name, the same in every language, and the product's name.
  const neutral = new Set(['BEX', 'ລາວ', 'Tiếng Việt', '中文', 'ไทย', 'ខ្មែរ', 'English']);
  for (const m of body.matchAll(/>([^<]+)</g)) {
    const text = m[1]!.trim();
    if (text && !neutral.has(text)) problems.push(`text "${text}"`);
  }
  for (const m of body.matchAll(/\s(placeholder|title|aria-label|alt)="([^"]*)"/g)) {
    if (!/^(?:[A-Z]{2}-[A-Z]{3}|eyJhbGciOi…)$/.test(m[2]!)) problems.push(`${m[1]}="${m[2]}"`);
  }
  return problems;
}

const scripts = readdirSync(PUBLIC_DIR).filter((f) => f.endsWith('.js'));
const english = loadCatalog('en');

describe('the dashboard message catalogs', () => {
  it('has one catalog per language, and no other', () => {
    expect(readdirSync(I18N_DIR).filter((f) => f.endsWith('.js')).map((f) => f.replace(/\.js$/, '')).sort()).toEqual([...DASHBOARD_LANGS].sort());
    expect(Object.keys(english).length).toBeGreaterThan(100);
  });

  it.each(DASHBOARD_LANGS.filter((l) => l !== 'en'))('%s has exactly the English keys, the same placeholders, and its own words', (lang) => {
    const catalog = loadCatalog(lang);
    const missing = Object.keys(english).filter((k) => !(k in catalog));
    const extra = Object.keys(catalog).filter((k) => !(k in english));
    const wrongPlaceholders = Object.keys(english).filter((k) => k in catalog && placeholders(catalog[k]!).join() !== placeholders(english[k]!).join());
    const empty = Object.keys(catalog).filter((k) => typeof catalog[k] !== 'string' || catalog[k]!.trim() === '');
    const untranslated = Object.keys(english).filter((k) => catalog[k] === english[k] && !SAME_AS_ENGLISH.has(k));
    expect({ missing, extra, wrongPlaceholders, empty, untranslated }).toEqual({ missing: [], extra: [], wrongPlaceholders: [], empty: [], untranslated: [] });
  });

  it('the English catalog has no empty text and no markup', () => {
    for (const [key, value] of Object.entries(english)) {
      expect([key, typeof value === 'string' && value.trim() !== '' && !/[<>]/.test(value)]).toEqual([key, true]);
    }
  });

  it('knows every key the page asks for', () => {
    const used = new Set<string>();
    for (const file of scripts) {
      const source = readFileSync(join(PUBLIC_DIR, file), 'utf8');
      // Every literal shaped like a key (t('…'), refusal('…'), a ? 'x.y' : 'x.z') must be one.
      for (const m of source.matchAll(/'([a-z][A-Za-z]*\.[A-Za-z_-]+)'/g)) if (!/\.(js|css|html)$/.test(m[1]!) && !m[1]!.startsWith('bex.')) used.add(m[1]!);
    }
    const html = readFileSync(join(PUBLIC_DIR, 'index.html'), 'utf8');
    for (const m of html.matchAll(/data-i18n(?:-[a-z-]+)?="([^"]+)"/g)) used.add(m[1]!);
    expect(used.size).toBeGreaterThan(60);
    expect([...used].filter((key) => !(key in english))).toEqual([]);
  });
});

describe('no UI text outside the catalogs', () => {
  it('finds hard-coded words when there are some (the check can fail)', () => {
    const sample = [
      "note('Loading…', 'loading');",
      "el('span', { class: 'badge' }, humanise(r.result), `from ${doc.source}`);",
      "el('span', { title: 'Shown in another language' }, v.plate || '(no plate)');",
      "el('p', { class: 'meta' }, t('plate.summary', { plate }));",
    ].join('\n');
    expect(untranslatedLiterals('sample.js', sample).map((f) => f.text)).toEqual(['Loading…', 'from ', 'Shown in another language', '(no plate)']);
    expect(untranslatedHtml('<h2>Plate search</h2><input placeholder="e.g. 43C"><p data-i18n="x"></p><option value="en">English</option>'))
      .toEqual(['text "Plate search"', 'placeholder="e.g. 43C"']);
  });

  it('the page\'s scripts take every word from the catalogs', () => {
    const found = scripts.flatMap((file) => untranslatedLiterals(file, readFileSync(join(PUBLIC_DIR, file), 'utf8'), english));
    expect(found).toEqual([]);
    // And the allow-list holds no more than the scripts need.
    expect([...TECHNICAL_LITERALS].filter((literal) => !allowListUsed.has(literal))).toEqual([]);
  });

  it('the allow-list of technical literals holds single tokens only, none of them an English text of the catalog', () => {
    const englishTexts = new Set(Object.values(english));
    for (const literal of TECHNICAL_LITERALS) {
      expect([literal, /\s\S/.test(literal.trim()) && !/^text (meta|title)$/.test(literal), englishTexts.has(literal)]).toEqual([literal, false, false]);
    }
  });

  it('index.html has no text but the language names and BEX; the rest is filled from the catalogs', () => {
    expect(untranslatedHtml(readFileSync(join(PUBLIC_DIR, 'index.html'), 'utf8'))).toEqual([]);
  });
});
