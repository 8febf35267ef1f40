// The deploy-file validators, built once from the Go module proxy into the git-ignored cache and
// reused afterwards: the Docker Compose CLI (its own `config` command reads the compose file) and
// bex-deploy-check (client-go's strict decoding for the Kubernetes manifests, BuildKit's
// Dockerfile linter). A change to a module's go.mod, go.sum or sources builds it again.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { goBuild, goVersion, type GoBuild } from './go-build';

const repoRoot = resolve(__dirname, '..', '..');
const modulesDir = __dirname;

export interface DeployTools {
  compose: string;
  composeVersion: string;
  checker: string;
}

/** The folder the local stack caches Kafka and the registry in (BEX_CACHE_DIR), plus tools/. */
export function toolsCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(resolve(env.BEX_CACHE_DIR ?? join(repoRoot, '.bex', 'cache')), 'tools');
}

/** The Compose version comes from the module that pins it, so go.mod is its one source. */
export function composeVersion(): string {
  const goMod = readFileSync(join(modulesDir, 'compose-cli', 'go.mod'), 'utf8');
  const match = /^\s*github\.com\/docker\/compose\/v5 (v\S+)/m.exec(goMod);
  if (!match?.[1]) throw new Error('scripts/deploy-check/compose-cli/go.mod does not require github.com/docker/compose/v5');
  return match[1];
}

export async function ensureDeployTools(): Promise<DeployTools> {
  const go = goVersion();
  const version = composeVersion();
  const compose = await ensureTool(go, 'docker-compose', {
    label: `docker-compose ${version}`,
    moduleDir: join(modulesDir, 'compose-cli'),
    mainPackage: 'github.com/docker/compose/v5/cmd',
    // What `docker-compose version` prints; Compose's own release builds set it the same way.
    ldflags: `-X github.com/docker/compose/v5/internal.Version=${version}`,
  });
  const checker = await ensureTool(go, 'bex-deploy-check', {
    label: 'bex-deploy-check (client-go, BuildKit)',
    moduleDir: join(modulesDir, 'checker'),
    mainPackage: '.',
  });
  return { compose, composeVersion: version, checker };
}

async function ensureTool(go: string, name: string, build: Omit<GoBuild, 'output'>): Promise<string> {
  const dir = join(toolsCacheDir(), `${name}-${fingerprint(go, build.moduleDir)}`);
  const binary = join(dir, name);
  if (existsSync(binary)) return binary;
  mkdirSync(dir, { recursive: true });
  // Built beside its final name and renamed: a second test run building at the same time, or an
  // interrupted build, never leaves a half-written binary where the next run would use it.
  const partial = `${binary}.${process.pid}.partial`;
  await goBuild({ ...build, output: partial });
  renameSync(partial, binary);
  removeOtherBuilds(name, dir);
  return binary;
}

/** Everything the binary is made from: the Go release, the platform and the module's own files. */
function fingerprint(go: string, moduleDir: string): string {
  const hash = createHash('sha256').update(`${go} ${process.platform} ${process.arch}\n`);
  for (const file of readdirSync(moduleDir).filter((f) => /^go\.(mod|sum)$|\.go$/.test(f)).sort()) {
    hash.update(`${file}\n`).update(readFileSync(join(moduleDir, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

function removeOtherBuilds(name: string, keep: string): void {
  const root = toolsCacheDir();
  for (const entry of readdirSync(root)) {
    const path = join(root, entry);
    if (entry.startsWith(`${name}-`) && path !== keep) rmSync(path, { recursive: true, force: true });
  }
}
