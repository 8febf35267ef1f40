// How the local exchange runs an authority process: compiled (node dist/…/start.js), as production
// runs it, built first when the sources changed since the last build. Under tsx each process also
// carried tsx's loader and esbuild's transforms: an api-only process measured 218 MB resident
// under tsx and 175 MB compiled (bench:compare, api stage).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { step } from '../stack/progress';

/** What `npm run build` writes last, so a build that stopped half-way is not taken for a build. */
export const BUILD_STAMP = join('dist', '.built');

// What the compiled code is made from, or reads beside itself (scripts/build.mjs copies the latter).
const SOURCES = ['services', 'schemas/src', 'schemas/avro', 'schemas/versions', 'tsconfig.base.json', 'tsconfig.build.json', 'scripts/build.mjs'];

function newestChange(path: string): number {
  const s = statSync(path, { throwIfNoEntry: false });
  if (s === undefined) return 0;
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    newest = Math.max(newest, newestChange(join(path, entry.name)));
  }
  return newest;
}

/** True when dist/ holds a finished build at least as new as every source it is made from. */
export function buildIsCurrent(root: string): boolean {
  const stamp = statSync(join(root, BUILD_STAMP), { throwIfNoEntry: false });
  if (stamp === undefined) return false;
  return SOURCES.every((p) => newestChange(join(root, p)) <= stamp.mtimeMs);
}

/** Builds dist/ (tsc, a few seconds) unless it is current. */
export function ensureBuilt(root: string): void {
  if (buildIsCurrent(root)) return;
  step(existsSync(join(root, BUILD_STAMP)) ? 'sources changed since the last build: building again' : 'building the services (npm run build)');
  // Its progress goes to stderr: a benchmark's stdout carries its result JSON alone.
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: ['ignore', 2, 2] });
}

/** The node arguments that run an authority's roles: the compiled entry point, built if need be. */
export function authorityEntryArgs(root: string): string[] {
  ensureBuilt(root);
  // No V8 flags: 4 MB semi-spaces saved 20-25 MB in request-serving processes but promoted batch
  // data early in the projector, whose peak rose from 201 to 243 MB (bench:compare, two full runs).
  return [join(root, 'dist', 'services', 'authority', 'src', 'start.js')];
}
