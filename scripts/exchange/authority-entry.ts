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

/**
 * glibc's malloc settings for an authority process (the container image sets the same: the
 * Dockerfile's ENV, checked by authority-entry.spec.ts). Node allocates Buffers (BSON replies,
 * Avro values, kafkajs produce requests of a few MB) with malloc. By default glibc raises its mmap
 * threshold to the largest block freed so far, so after the first large produce request every
 * later one comes from the heap, whose freed middle is never given back: a relay-only process
 * draining a 20,000-document backlog peaked at 208-222 MB resident (three runs). A fixed 128 KB
 * threshold keeps large Buffers in mappings of their own, returned on free, and trims the heap
 * past 128 KB free: 167 MB, its rate beside kafka-producer-perf-test unchanged (bench:compare's
 * relay stage). MALLOC_ARENA_MAX=2 alone changed nothing (208 MB), so it is not set.
 */
export const AUTHORITY_MALLOC_ENV: Readonly<Record<string, string>> = {
  MALLOC_MMAP_THRESHOLD_: '131072',
  MALLOC_TRIM_THRESHOLD_: '131072',
};

/** The node arguments that run an authority's roles: the compiled entry point, built if need be. */
export function authorityEntryArgs(root: string): string[] {
  ensureBuilt(root);
  // No V8 flags: 4 MB semi-spaces saved 20-25 MB in request-serving processes but promoted batch
  // data early in the projector, whose peak rose from 201 to 243 MB (bench:compare, two full runs).
  return [join(root, 'dist', 'services', 'authority', 'src', 'start.js')];
}
