// Builds one Go main package from a module of the repository, reporting progress while the go
// command downloads modules and compiles packages (minutes the first time, on two cores).
import { spawnSync } from 'node:child_process';
import { runCommand } from '../stack/run-command';

export interface GoBuild {
  /** What the user reads in progress lines and errors, e.g. "docker-compose v5.6.0". */
  label: string;
  /** The module's folder (its go.mod pins every dependency, its go.sum their checksums). */
  moduleDir: string;
  /** The main package: "." or an import path the module requires. */
  mainPackage: string;
  output: string;
  ldflags?: string;
}

// Jest keeps a test file's console output until the file ends; a build of several minutes must
// show signs of life while it runs, so progress goes straight to stderr.
export function progress(message: string): void {
  process.stderr.write(`[bex] ${message}\n`);
}

export function goVersion(): string {
  const res = spawnSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' });
  if (res.error || res.status !== 0) {
    throw new Error(
      'Go is needed to build the deploy-file validators (the Docker Compose CLI and scripts/deploy-check/checker) ' +
        'and the `go` command was not found on PATH. Install Go 1.26.8 or newer (the version in their go.mod files) and run again.',
    );
  }
  return res.stdout.trim();
}

export async function goBuild(build: GoBuild): Promise<void> {
  const started = Date.now();
  let compiled = 0;
  let downloaded = 0;
  let lastReport = Date.now();
  const args = ['build', '-mod=readonly', '-trimpath', '-buildvcs=false', '-v', '-ldflags', `-s -w ${build.ldflags ?? ''}`.trim(), '-o', build.output, build.mainPackage];
  progress(`${build.label}: building into the tools cache (the first build on a machine fetches modules from the Go module proxy and takes several minutes on two cores) ...`);
  try {
    await runCommand('go', args, {
      cwd: build.moduleDir,
      // Pure Go: no C compiler needed, and the same binary whatever the machine has installed.
      // GOWORK off: a go.work above the checkout must not change what gets built.
      env: { ...process.env, CGO_ENABLED: '0', GOWORK: 'off' },
      onLine: (line) => {
        if (line.startsWith('go: downloading ')) downloaded += 1;
        else if (/^[\w.-]+(\/[\w.~-]+)*$/.test(line)) compiled += 1;
        if (Date.now() - lastReport > 15_000) {
          lastReport = Date.now();
          progress(`  ${build.label}: ${downloaded} modules downloaded, ${compiled} packages compiled, ${seconds(started)} s`);
        }
      },
    });
  } catch (err) {
    throw new Error(
      `building ${build.label} in ${build.moduleDir} failed; it needs the Go module proxy (GOPROXY) ` +
        `or a module cache holding every module in go.sum:\n${err instanceof Error ? err.message : String(err)}`,
    );
  }
  progress(`${build.label}: built in ${seconds(started)} s (${downloaded} modules downloaded, ${compiled} packages compiled)`);
}

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(0);
}
