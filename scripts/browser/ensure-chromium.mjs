#!/usr/bin/env node
// Makes sure Debian's Chromium (and fonts that render Lao and CJK) is on this machine, for the
// browser tests. Plain Node, no dependencies: runs before anything else is installed.
// As root it installs with apt-get; otherwise it prints the command and fails.
// Usage: node scripts/browser/ensure-chromium.mjs   (exit 0 when Chromium is there)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CHROMIUM_PATH = process.env.BEX_CHROMIUM_PATH || '/usr/bin/chromium';
const PACKAGES = ['chromium', 'fonts-noto-core', 'fonts-noto-cjk'];

function run(cmd, args) {
  console.log(`[bex] $ ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (res.error) throw new Error(`${cmd} could not run: ${res.error.message}`);
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${res.status}`);
  console.log(`[bex]   done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Returns the Chromium executable's path, installing it first when it is missing. */
export function ensureChromium() {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  const command = `apt-get update && apt-get install -y ${PACKAGES.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(`Chromium is missing at ${CHROMIUM_PATH}. Install it (as root) with:\n  sudo sh -c '${command}'\nor point BEX_CHROMIUM_PATH at a Chromium executable.`);
  }
  console.log(`[bex] Chromium is missing at ${CHROMIUM_PATH}: installing Debian's ${PACKAGES.join(', ')} (about 150 MB) ...`);
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', '--no-install-recommends', ...PACKAGES]);
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`apt-get installed ${PACKAGES.join(' ')} but ${CHROMIUM_PATH} is still missing`);
  console.log(`[bex] Chromium installed at ${CHROMIUM_PATH}`);
  return CHROMIUM_PATH;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    console.log(`[bex] Chromium at ${ensureChromium()}`);
  } catch (err) {
    console.error(`[bex] ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
