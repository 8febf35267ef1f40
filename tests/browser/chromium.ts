// Headless Chromium for browser tests: Debian's own build (installed by the project's
// scripts/browser/ensure-chromium.mjs when missing), driven by playwright-core, in a fresh profile.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const repoRoot = resolve(__dirname, '..', '..');
export const CHROMIUM_PATH = process.env.BEX_CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags for a machine without GPU or sandbox support, and no traffic of Chromium's own. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Installs Chromium through the project's script when it is missing (apt-get, as root). */
export function ensureChromium(): void {
  const res = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'browser', 'ensure-chromium.mjs')], { encoding: 'utf8', stdio: 'pipe' });
  if (res.status !== 0) throw new Error(`Chromium is not available:\n${res.stdout}${res.stderr}`);
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(viewport = { width: 1366, height: 768 }): Promise<Browser> {
  ensureChromium();
  const profile = mkdtempSync(join(tmpdir(), 'bex-chromium-'));
  // A persistent context is how playwright takes a --user-data-dir; the profile is new every time.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale: 'en-GB',
    timezoneId: 'Asia/Vientiane',
    timeout: 60_000,
  });
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
