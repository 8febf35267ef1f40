// Fetches artifacts from Maven Central with the machine's `mvn`, reporting each download as
// progress, and stamps the target folder so a second run skips the fetch.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { step } from './progress';
import { runCommand } from './run-command';

export async function mavenFetch(label: string, targetDir: string, args: string[]): Promise<void> {
  const stamp = join(targetDir, '.complete');
  if (existsSync(stamp)) return;
  mkdirSync(targetDir, { recursive: true });
  let downloads = 0;
  let lastReport = Date.now();
  step(`${label}: fetching from Maven Central into ${targetDir}`);
  await runCommand('mvn', ['-B', ...args], {
    onLine: (line) => {
      const match = /Downloaded from \S+: (\S+) \(([^)]+)\)/.exec(line);
      if (!match) return;
      downloads += 1;
      const big = /MB/.test(match[2] ?? '');
      if (big || Date.now() - lastReport > 3000) {
        lastReport = Date.now();
        step(`  ${label}: ${downloads} files fetched, latest ${match[1]?.split('/').pop()} (${match[2]})`);
      }
    },
  });
  step(`${label}: ${downloads} files fetched (the rest came from ~/.m2)`);
  writeFileSync(stamp, new Date().toISOString());
}
