// Runs before anything else in `npm start` / `npm test` on a fresh clone, so it may use only Node
// itself: checks the Node version and installs the npm dependencies when they are missing or stale.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`BEX needs Node.js >= 20.19; this is ${process.versions.node}.`);
  process.exit(1);
}

const lock = join(root, 'package-lock.json');
const installed = join(root, 'node_modules', '.package-lock.json');
const stale =
  !existsSync(installed) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(installed).mtimeMs);
if (stale) {
  // Not `npm ci`: npm 11 rejects this lock file for optional platform bindings it itself left out
  // (unrs-resolver); `npm install` honours the lock without rewriting it.
  const cmd = 'npm install --no-audit --no-fund';
  console.log(`[bex] installing npm dependencies (${cmd}) ...`);
  const started = Date.now();
  execSync(cmd, { cwd: root, stdio: 'inherit' });
  console.log(`[bex] npm dependencies installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
