// The dashboard in a real browser (Debian's headless Chromium) against a real exchange: a border
// branch at Dak Ta Ooc signs in with a token, searches a plate, and sees charts drawn from the
// view; everything the page loads comes from the api itself. Saves test-artifacts/dashboard.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { mintDevToken } from '../../scripts/dev-identity';
import type { TestExchange } from '../harness';
import { launchChromium, type Browser } from './chromium';
import { startDashboardExchange, type DashboardExchange } from './dashboard-exchange';

const artifacts = resolve(__dirname, '..', '..', 'test-artifacts');

let ex: TestExchange;
let browser: Browser | undefined;
let alertId: string;
let reopeningId: string;

const api = (authority: string) => ex.nodes[authority]!.apiUrl!;

const isLoopback = (url: string): boolean => {
  const { protocol, hostname } = new URL(url);
  if (['data:', 'blob:', 'about:'].includes(protocol)) return true;
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
};

beforeAll(async () => {
  let seeded: DashboardExchange;
  [seeded, browser] = await Promise.all([startDashboardExchange(), launchChromium()]);
  ({ ex, alertId, reopeningId } = seeded);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await ex?.stop();
});

describe('the dashboard of a border branch at Dak Ta Ooc', () => {
  it('signs in with a token, finds the alerted plate, draws the trends; all from the api itself', async () => {
    const page: Page = await browser!.context.newPage();
    const consoleErrors: string[] = [];
    const foreign: string[] = [];
    const failed: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(`page error: ${e.message}`));
    browser!.context.on('request', (r) => {
      if (!isLoopback(r.url())) foreign.push(r.url());
    });
    page.on('requestfailed', (r) => failed.push(`${r.url()}: ${r.failure()?.errorText ?? ''}`));

    // The branch's token, granted personal data: an alert's justification is free text that may name people.
    const token = mintDevToken({ authority: 'LA', roles: ['border-branch'], gate: 'LA-DTO', subject: 'la-dto-branch-1', personalData: true });
    const answer = await page.goto(`${api('LA')}/dashboard`);
    expect(answer?.status()).toBe(200);
    expect(answer?.headers()['content-security-policy']).toContain("default-src 'self'");

    // Sign in.
    await page.fill('#token', token);
    await page.click('#sign-in-button');
    await page.waitForSelector('#board', { state: 'visible' });
    // The page speaks the language of the token's authority (Lao for LA).
    expect(await page.inputValue('#lang')).toBe('lo');
    expect(await page.getAttribute('html', 'lang')).toBe('lo');
    expect(await page.textContent('#who-line')).toContain('LA · ດ່ານ LA-DTO');
    expect(await page.textContent('#who-roles [data-role="border-branch"]')).toBe('ດ່ານພາສີຊາຍແດນ');

    // Active alerts for my gate: the truck alert, its justification in Lao (the branch's language).
    const alertCard = page.locator(`#alerts [data-alert-id="${alertId}"]`);
    await alertCard.waitFor({ timeout: 15_000 });
    expect(await alertCard.textContent()).toContain('43C-123.45');
    expect(await alertCard.locator('p[lang="lo"]').first().textContent()).toContain('ລົດບັນທຸກ');

    // The rest of this test reads the page in English (dashboard-languages.spec.ts covers every language).
    await page.selectOption('#lang', 'en');
    expect(await page.textContent('#who-line')).toContain('LA · gate LA-DTO');
    expect(await page.textContent('#who-roles')).toContain('border branch');

    // Plate search, typed as a person would.
    await page.fill('#plate', '43c 123-45');
    await page.click('#plate-button');
    const found = page.locator(`#plate-results [data-alert-id="${alertId}"]`);
    await found.waitFor({ timeout: 15_000 });
    expect(await found.textContent()).toContain('43C-123.45');

    // Trends: bars with data in each chart.
    for (const chart of ['chart-month', 'chart-category', 'chart-route']) {
      const bars = page.locator(`#${chart} svg rect.bar`);
      await bars.first().waitFor({ timeout: 15_000 });
      const counts = await Promise.all((await bars.all()).map(async (bar) => Number(await bar.getAttribute('data-count'))));
      expect(counts.length).toBeGreaterThan(0);
      expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
      const box = await bars.first().boundingBox();
      expect(box?.width).toBeGreaterThan(0);
      expect(box?.height).toBeGreaterThan(0);
    }

    // The charts follow the filters: the Dak Ta Ooc–Nam Giang crossing holds one of the two seizures.
    const routeTotal = async (): Promise<number> => (await Promise.all((await page.locator('#chart-route svg rect.bar').all()).map(async (bar) => Number(await bar.getAttribute('data-count'))))).reduce((a, b) => a + b, 0);
    expect(await routeTotal()).toBe(2);
    await page.locator('#trend-crossing option[value="DTO-NGI"]').waitFor({ state: 'attached', timeout: 15_000 });
    await page.selectOption('#trend-crossing', 'DTO-NGI');
    await page.locator('#trend-totals').filter({ hasText: /^1 seizures in this period$/ }).waitFor({ timeout: 15_000 });
    // The route chart is drawn by its own request: wait until it shows the filtered answer.
    for (const until = Date.now() + 15_000; Date.now() < until && (await routeTotal().catch(() => 0)) !== 1;) await page.waitForTimeout(100);
    expect(await routeTotal()).toBe(1);
    await page.check('#trend-compare');
    await page.locator('#trend-totals').filter({ hasText: /^1 seizures in this period, \d+ in the previous one$/ }).waitFor({ timeout: 15_000 });
    // And the answer downloads as CSV, the filter in its name.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#trend-csv')]);
    expect(download.suggestedFilename()).toMatch(/^seizures_month_.*_DTO-NGI\.csv$/);
    const csvPath = await download.path();
    expect(csvPath).toBeTruthy();
    expect(readFileSync(csvPath!, 'utf8').split('\r\n')[0]).toBe('period,from,to,groupBy,key,count,unit,total');
    await page.uncheck('#trend-compare');
    await page.selectOption('#trend-crossing', '');

    // The hit VN reported on the alert, and Boten's reopening with its daily truck limit.
    await page.locator('#hits .card').first().waitFor({ timeout: 15_000 });
    expect(await page.textContent('#hits')).toContain('Seizure');
    await page.fill('#policy-gate', 'LA-BTN');
    await page.click('#policy-form button[type="submit"]');
    const reopening = page.locator(`#policy [data-policy-id="${reopeningId}"]`);
    await reopening.waitFor({ timeout: 15_000 });
    expect(await reopening.textContent()).toContain('150 trucks/day (was 350)');

    // The bundled fonts render Lao and Chinese.
    // (Expressions as strings: this project's TypeScript has no DOM library.)
    await page.evaluate('document.fonts.ready.then(() => true)');
    expect(await page.evaluate(`document.fonts.check('16px "Noto Sans Lao"', 'ບໍ່ເຕັນ')`)).toBe(true);
    await page.selectOption('#lang', 'zh');
    await page.locator('#policy p[lang="zh-Hans"]').first().waitFor();
    await page.evaluate('document.fonts.ready.then(() => true)');
    expect(await page.evaluate(`[...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Noto Sans SC' && f.status === 'loaded')`)).toBe(true);
    await page.selectOption('#lang', 'lo');
    await page.evaluate('document.fonts.ready.then(() => true)');

    mkdirSync(artifacts, { recursive: true });
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(artifacts, 'dashboard.png') });
    await page.screenshot({ path: join(artifacts, 'dashboard-full.png'), fullPage: true });

    expect(consoleErrors).toEqual([]);
    expect(failed).toEqual([]);
    expect(foreign).toEqual([]);

    // Sign out forgets the token.
    await page.click('#sign-out');
    await page.waitForSelector('#sign-in', { state: 'visible' });
    expect(await page.evaluate(`sessionStorage.getItem('bex.dashboard.token')`)).toBeNull();
    await page.close();
  }, 120_000);
});
