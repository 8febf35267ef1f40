// `npm run build`: compiles the services and the contracts to JavaScript under dist/, as production
// runs them (node dist/services/authority/src/start.js), type-checked on the way. The workspaces'
// manifests point at their TypeScript sources (for tsx, jest and the editor), so dist/ gets small
// manifests of its own under dist/node_modules/@bex: Node looks there first from inside dist/ and
// finds the compiled packages, and finds third-party packages in the repository's node_modules.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const started = Date.now();
const step = (message) => console.log(`[bex] build: ${message} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

rmSync(dist, { recursive: true, force: true });
step('compiling services and contracts with tsc');
execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });

// What the compiled code reads from disk beside itself.
for (const dir of ['schemas/avro', 'schemas/versions', 'services/api/src/entry-points/http/dashboard/public']) {
  cpSync(join(root, dir), join(dist, dir), { recursive: true });
}

const packages = { '@bex/schemas': 'schemas', '@bex/shared': 'services/shared', '@bex/api': 'services/api', '@bex/relay': 'services/relay', '@bex/projector': 'services/projector', '@bex/view': 'services/view', '@bex/authority': 'services/authority' };
for (const [name, dir] of Object.entries(packages)) {
  const manifestDir = join(dist, 'node_modules', name);
  mkdirSync(manifestDir, { recursive: true });
  const main = relative(manifestDir, join(dist, dir, 'src', 'index.js'));
  writeFileSync(join(manifestDir, 'package.json'), `${JSON.stringify({ name, private: true, main }, null, 2)}\n`);
}
// Last, so a build that stopped half-way is not taken for a finished one (scripts/exchange/authority-entry.ts).
writeFileSync(join(dist, '.built'), `${new Date().toISOString()}\n`);
step(`done: node ${relative(root, join(dist, 'services/authority/src/start.js'))}`);
