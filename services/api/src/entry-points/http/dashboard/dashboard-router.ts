// The dashboard for analysts and border branches: static files only, served by the api itself so a
// border post without internet still gets every asset (page, script, styles and the fonts that
// render Lao and Chinese). The page is public; its data calls go to /v1 with the user's token.
import { dirname, join } from 'node:path';
import express, { Router, type Response } from 'express';

/** No inline script or style, nothing from another origin. */
export const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Bundled font packages, each served under /dashboard/fonts/<name>/ (its CSS and its files/). */
export const DASHBOARD_FONTS = ['noto-sans', 'noto-sans-lao', 'noto-sans-sc'] as const;

const PUBLIC_DIR = join(__dirname, 'public');
const FONT_FILE = /^\/(?:\d{3}\.css|files\/[a-z0-9-]+\.woff2?)$/;

function fontPackageDir(name: (typeof DASHBOARD_FONTS)[number]): string {
  return dirname(require.resolve(`@fontsource/${name}/package.json`));
}

function securityHeaders(res: Response): void {
  res.setHeader('Content-Security-Policy', DASHBOARD_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

export function dashboardRouter(): Router {
  const router = Router();
  router.use((_req, res, next) => {
    securityHeaders(res);
    next();
  });
  for (const name of DASHBOARD_FONTS) {
    const fonts = express.static(fontPackageDir(name), { index: false, redirect: false, fallthrough: true, immutable: true, maxAge: '30d' });
    // Only the stylesheets and font files of the package, not its package.json or sources.
    router.use(`/fonts/${name}`, (req, res, next) => (FONT_FILE.test(req.path) ? fonts(req, res, next) : next()));
  }
  // `/dashboard` without the slash: serve-static would refuse it as a directory.
  router.get('/', (req, res, next) => {
    if (req.originalUrl.split('?')[0]!.endsWith('/')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(PUBLIC_DIR, 'index.html'));
  });
  router.use(
    express.static(PUBLIC_DIR, {
      index: 'index.html',
      redirect: false,
      fallthrough: true,
      // The page changes with the api; let the browser revalidate rather than guess.
      setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache'),
    }),
  );
  return router;
}
