// The dashboard's static files: served with the right types and a strict CSP, fonts bundled, and
// no asset that would reach another origin (a border post may have no internet).
import { readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { join } from 'node:path';
import express from 'express';
import { DASHBOARD_CSP, dashboardRouter } from './dashboard-router';

let server: Server;
let base: string;
beforeAll(async () => {
  const app = express();
  app.use('/dashboard', dashboardRouter());
  app.use((_req, res) => {
    res.status(404).end();
  });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (path: string) => fetch(`${base}${path}`);

describe('the dashboard router', () => {
  it('serves the page at /dashboard and /dashboard/ with a strict CSP', async () => {
    for (const path of ['/dashboard', '/dashboard/', '/dashboard/index.html']) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('content-security-policy')).toBe(DASHBOARD_CSP);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await res.text()).toContain('<script type="module" src="/dashboard/dashboard.js"></script>');
    }
    expect(DASHBOARD_CSP).toContain("default-src 'self'");
    expect(DASHBOARD_CSP).toContain("script-src 'self'");
    expect(DASHBOARD_CSP).not.toContain('unsafe-inline');
  });

  it('serves script, styles and icon with their types', async () => {
    const types: Record<string, RegExp> = {
      '/dashboard/dashboard.js': /javascript/,
      '/dashboard/dashboard.css': /^text\/css/,
      '/dashboard/favicon.svg': /^image\/svg\+xml/,
    };
    // The entry script imports its modules, each from the same folder.
    for (const file of readdirSync(join(__dirname, 'public')).filter((f) => f.endsWith('.js'))) types[`/dashboard/${file}`] = /javascript/;
    for (const [path, type] of Object.entries(types)) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(type);
    }
  });

  it('serves every stylesheet the page links, and the font files they name, from the api itself', async () => {
    const html = await (await get('/dashboard/')).text();
    const sheets = [...html.matchAll(/href="(\/dashboard\/fonts\/[^"]+\.css)"/g)].map((m) => m[1]!);
    expect(sheets.length).toBeGreaterThanOrEqual(3);
    for (const family of ['noto-sans-lao', 'noto-sans-sc', 'noto-sans/']) expect(sheets.some((s) => s.includes(family))).toBe(true);
    for (const sheet of sheets) {
      const res = await get(sheet);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/css/);
      const css = await res.text();
      const files = [...css.matchAll(/url\(\.\/(files\/[^)]+\.woff2)\)/g)].map((m) => m[1]!);
      expect(files.length).toBeGreaterThan(0);
      const dir = sheet.slice(0, sheet.lastIndexOf('/') + 1);
      const font = await get(`${dir}${files[0]}`);
      expect(font.status).toBe(200);
      expect(font.headers.get('content-type')).toBe('font/woff2');
    }
  });

  it('does not serve the font packages\' other files', async () => {
    expect((await get('/dashboard/fonts/noto-sans-lao/package.json')).status).toBe(404);
    expect((await get('/dashboard/fonts/noto-sans-lao/../../dashboard.js')).status).not.toBe(500);
  });

  it('names no other origin in any of its own files', () => {
    const dir = join(__dirname, 'public');
    // The message catalogs live in public/i18n/: every file, at any depth.
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
    expect(files).toContain(join('i18n', 'en.js'));
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      // The only absolute URL allowed is the SVG namespace, which is a name, not a request.
      const urls = [...text.matchAll(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s'"`)]*/gi)].map((m) => m[0]).filter((u) => !u.startsWith('http://www.w3.org/2000/svg'));
      expect({ file, urls }).toEqual({ file, urls: [] });
      expect({ file, inlineScript: /<script(?![^>]*\ssrc=)[^>]*>/i.test(text), inlineStyle: /<style|\sstyle=/i.test(text) }).toEqual({ file, inlineScript: false, inlineStyle: false });
    }
  });
});
