// The compiled authority (`npm run build`, dist/), built at most once per test run: the tests that
// run the authority as production does share one build instead of compiling each for itself.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const repoRoot = join(__dirname, '..', '..');
export const compiledStart = join(repoRoot, 'dist', 'services', 'authority', 'src', 'start.js');

export function ensureCompiled(): void {
  // The global setup names the run; a build stamped with it is this run's, anything else is stale.
  const run = process.env.BEX_TEST_RUN_ID ?? String(process.pid);
  const stamp = join(repoRoot, 'dist', '.bex-test-run');
  if (existsSync(compiledStart) && existsSync(stamp) && readFileSync(stamp, 'utf8') === run) return;
  execFileSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs')], { cwd: repoRoot, stdio: 'pipe' });
  writeFileSync(stamp, run);
}
