// Runs the validators over files and sorts their output into findings (anything that must fail a
// check) and notes (what a validator could not check, said so the reader knows).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { repoRoot } from './deploy-files';

export interface ValidatorRun {
  exitCode: number;
  findings: string[];
  notes: string[];
}

/**
 * `docker-compose config --quiet`: Compose loads the file as `up` would (schema, interpolation,
 * merges, references between services, secrets, configs and volumes) and needs no engine for it.
 * Any line on stderr is a finding too: Compose warns there, e.g. about a variable with no value.
 */
export function composeConfig(compose: string, file: string, env: Record<string, string>): ValidatorRun {
  // A private HOME and DOCKER_CONFIG, and no COMPOSE_* of the caller's: only the file and the
  // variables given decide the result.
  const home = mkdtempSync(join(tmpdir(), 'bex-compose-'));
  try {
    const res = spawnSync(compose, ['--file', file, 'config', '--quiet'], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, DOCKER_CONFIG: home, ...env },
    });
    if (res.error) throw new Error(`cannot run ${compose}: ${res.error.message}`);
    const problems = lines(`${res.stdout}\n${res.stderr}`);
    return { exitCode: res.status ?? -1, findings: res.status === 0 ? problems : [`exit ${res.status}`, ...problems], notes: [] };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

export type CheckerMode = 'kubernetes' | 'dockerfile';

/** bex-deploy-check: "finding: " and "note: " lines; exit 1 when it found something. */
export function runChecker(checker: string, mode: CheckerMode, files: string[]): ValidatorRun {
  // From the repository's root, so its files are named as a reader of the repository knows them.
  const args = files.map((f) => (f.startsWith(`${repoRoot}/`) ? relative(repoRoot, f) : f));
  const res = spawnSync(checker, [mode, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
  if (res.error) throw new Error(`cannot run ${checker}: ${res.error.message}`);
  const out = lines(res.stdout);
  const findings = out.filter((l) => l.startsWith('finding: ')).map((l) => l.slice('finding: '.length));
  const notes = out.filter((l) => l.startsWith('note: ')).map((l) => l.slice('note: '.length));
  // The checker writes to stderr only when it fails to run (a usage error, a crash): that fails too.
  const stderr = res.stderr.trim();
  if (stderr !== '') findings.push(`stderr: ${stderr}`);
  if (res.status !== 0 && findings.length === 0) findings.push(`exit ${res.status}`);
  return { exitCode: res.status ?? -1, findings, notes };
}

function lines(text: string): string[] {
  return text.split('\n').map((l) => l.trimEnd()).filter((l) => l !== '');
}
