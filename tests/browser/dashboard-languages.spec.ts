// The dashboard in each of its six languages, in a real browser against a real exchange: a border
// branch at Dak Ta Ooc signs in, picks the language, and loads every panel (alerts, plate search,
// hits, policy, trends). No English text of the catalog may show (apart from an explicit, small
// list of keys whose words are the same in every language), the choice persists in localStorage,
// and each language leaves a screenshot: test-artifacts/dashboard-<lang>.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import type { Page } from 'playwright-core';
import { mintDevToken } from '../../scripts/dev-identity';
import type { TestExchange } from '../harness';
import { launchChromium, type Browser } from './chromium';
import { startDashboardExchange, type DashboardExchange } from './dashboard-exchange';

const artifacts = resolve(__dirname, '..', '..', 'test-artifacts');
const I18N_DIR = resolve(__dirname, '..', '..', 'services', 'api', 'src', 'entry-points', 'http', 'dashboard', 'public', 'i18n');
const LANGS = ['lo', 'vi', 'zh', 'th', 'km', 'en'] as const;
/** Keys whose English words may show in every language: SI unit symbols. */
const SAME_IN_EVERY_LANGUAGE = new Set(['unit.KGM', 'unit.GRM', 'unit.MTQ']);

function loadCatalog(lang: string): Record<string, string> {
  const sandbox: { module: { exports: unknown } } = { module: { exports: null } };
  runInNewContext(readFileSync(join(I18N_DIR, `${lang}.js`), 'utf8').replace(/^export default /m, 'module.exports = '), sandbox);
  return sandbox.module.exports as Record<string, string>;
}

/** The English words of the catalog, as they could show on the page: each value's text between placeholders. */
const englishPhrases = Object.entries(loadCatalog('en'))
  .filter(([key]) => !SAME_IN_EVERY_LANGUAGE.has(key))
  .flatMap(([key, value]) => value.split(/\{\w+\}/).map((part) => part.replace(/^[\s(（:·,]+|[\s)）:·,.…]+$/g, '')).filter((part) => /[A-Za-z]{2}/.test(part)).map((phrase) => ({ key, phrase })));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let ex: TestExchange;
let browser: Browser | undefined;
let alertId: string;
let reopeningId: string;

const api = (authority: string) => ex.nodes[authority]!.apiUrl!;

beforeAll(async () => {
  let seeded: DashboardExchange;
  [seeded, browser] = await Promise.all([startDashboardExchange(), launchChromium()]);
  ({ ex, alertId, reopeningId } = seeded);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await ex?.stop();
});

/** What the page shows a reader, record texts left out: its text, title, and text attributes. */
const SHOWN_TEXT = `(() => {
  const body = document.body.cloneNode(true);
  for (const node of body.querySelectorAll('[data-record-text], #lang, datalist, script')) node.remove();
  const attributes = [...document.querySelectorAll('[placeholder], [title], [aria-label]')]
    .filter((node) => !node.closest('[data-record-text]'))
    .flatMap((node) => ['placeholder', 'title', 'aria-label'].map((name) => node.getAttribute(name) || ''));
  const svgTitles = [...document.querySelectorAll('svg title')].map((node) => node.textContent);
  return [document.title, body.innerText, body.textContent, ...attributes, ...svgTitles].join('\\n');
})()`;

async function loadEveryPanel(page: Page): Promise<void> {
  await page.locator(`#alerts [data-alert-id="${alertId}"]`).waitFor({ timeout: 15_000 });
  await page.fill('#plate', '43c 123-45');
  await page.click('#plate-button');
  await page.locator(`#plate-results [data-alert-id="${alertId}"]`).waitFor({ timeout: 15_000 });
  await page.locator('#plate-results tr[data-seizure-id]').first().waitFor({ timeout: 15_000 });
  await page.locator('#hits .card').first().waitFor({ timeout: 15_000 });
  await page.fill('#policy-gate', 'LA-BTN');
  await page.click('#policy-form button[type="submit"]');
  await page.locator(`#policy [data-policy-id="${reopeningId}"]`).waitFor({ timeout: 15_000 });
  for (const chart of ['chart-month', 'chart-category', 'chart-route']) await page.locator(`#${chart} svg rect.bar`).first().waitFor({ timeout: 15_000 });
  await page.evaluate('document.fonts.ready.then(() => true)');
}

describe('the dashboard in every language', () => {
  it.each(LANGS)('speaks %s on every panel, with no English words of its own left', async (lang) => {
    const page: Page = await browser!.context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(`page error: ${e.message}`));
    await page.goto(`${api('LA')}/dashboard`);
    // Each test starts from no saved choice: the token's authority decides, then the menu.
    await page.evaluate(`localStorage.removeItem('bex.dashboard.lang')`);
    await page.reload();
    await page.fill('#token', mintDevToken({ authority: 'LA', roles: ['border-branch'], gate: 'LA-DTO', subject: 'la-dto-branch-1' }));
    await page.click('#sign-in-button');
    await page.waitForSelector('#board', { state: 'visible' });
    expect(await page.inputValue('#lang')).toBe('lo');

    await page.selectOption('#lang', lang);
    expect(await page.evaluate(`localStorage.getItem('bex.dashboard.lang')`)).toBe(lang);
    expect(await page.getAttribute('html', 'lang')).toBe(lang === 'zh' ? 'zh-Hans' : lang);
    await loadEveryPanel(page);

    const shown = String(await page.evaluate(SHOWN_TEXT));
    const english = englishPhrases.filter(({ phrase }) => new RegExp(`(?<![A-Za-z])${escape(phrase)}(?![A-Za-z])`).test(shown));
    if (lang === 'en') expect(english.length).toBeGreaterThan(20);
    else expect(english).toEqual([]);

    // The catalog's words for the hit's result and the alert's priority are on the page.
    const catalog = loadCatalog(lang);
    expect(await page.textContent('#hits')).toContain(catalog['result.SEIZURE']);
    expect(await page.textContent('#alerts')).toContain(catalog['priority.URGENT']);
    expect(await page.textContent('#trends-title')).toBe(catalog['trends.title']);

    mkdirSync(artifacts, { recursive: true });
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(artifacts, `dashboard-${lang}.png`), fullPage: true });

    // The choice persists: a reload (the token is kept in the tab) comes back in the same language.
    await page.reload();
    await page.waitForSelector('#board', { state: 'visible' });
    expect(await page.inputValue('#lang')).toBe(lang);
    expect(await page.textContent('#hits-title')).toBe(catalog['hits.title']);
    expect(consoleErrors).toEqual([]);
    await page.close();
  }, 120_000);
});
