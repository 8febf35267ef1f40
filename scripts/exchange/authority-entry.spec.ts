import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadStackConfig } from '../stack/config';
import { authorityEnv } from './authorities';
import { AUTHORITY_MALLOC_ENV, BUILD_STAMP, buildIsCurrent } from './authority-entry';

let root: string;
const at = (path: string, seconds: number): void => utimesSync(join(root, path), seconds, seconds);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'bex-build-'));
  for (const dir of ['services/api/src', 'services/api/node_modules/x', 'schemas/src', 'schemas/avro', 'schemas/versions', 'scripts', 'dist']) mkdirSync(join(root, dir), { recursive: true });
  for (const file of ['services/api/src/app.ts', 'services/api/node_modules/x/index.js', 'schemas/src/index.ts', 'schemas/avro/a.avsc', 'schemas/versions/v1.json', 'tsconfig.base.json', 'tsconfig.build.json', 'scripts/build.mjs']) {
    writeFileSync(join(root, file), 'x');
    at(file, 1_000);
  }
  for (const dir of ['services/api/src', 'services/api', 'services', 'schemas/src', 'schemas/avro', 'schemas/versions', 'services/api/node_modules/x', 'services/api/node_modules']) at(dir, 1_000);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('buildIsCurrent', () => {
  it('is false with no finished build: dist/ without its stamp is a build that stopped half-way', () => {
    expect(buildIsCurrent(root)).toBe(false);
  });

  it('is true when the stamp is as new as every source', () => {
    writeFileSync(join(root, BUILD_STAMP), 'built');
    at(BUILD_STAMP, 2_000);
    expect(buildIsCurrent(root)).toBe(true);
  });

  it.each(['services/api/src/app.ts', 'schemas/src/index.ts', 'schemas/avro/a.avsc', 'schemas/versions/v1.json', 'tsconfig.base.json', 'scripts/build.mjs'])('is false once %s changed after the build', (source) => {
    writeFileSync(join(root, BUILD_STAMP), 'built');
    at(BUILD_STAMP, 2_000);
    at(source, 3_000);
    expect(buildIsCurrent(root)).toBe(false);
  });

  it('ignores dependencies under node_modules: they are not compiled', () => {
    writeFileSync(join(root, BUILD_STAMP), 'built');
    at(BUILD_STAMP, 2_000);
    at('services/api/node_modules/x/index.js', 3_000);
    expect(buildIsCurrent(root)).toBe(true);
  });
});

describe('the malloc settings of an authority process', () => {
  const repo = join(__dirname, '..', '..');

  it('are the ones the container image sets, so a deployed authority runs as the measured one', () => {
    const dockerfile = readFileSync(join(repo, 'deploy', 'docker', 'Dockerfile'), 'utf8');
    const runtime = dockerfile.slice(dockerfile.indexOf('AS runtime'));
    for (const [name, value] of Object.entries(AUTHORITY_MALLOC_ENV)) expect(runtime).toMatch(new RegExp(`^\\s*${name}=${value}\\b`, 'm'));
    expect(Object.keys(AUTHORITY_MALLOC_ENV).length).toBeGreaterThan(0);
  });

  it("reach every local authority process, and an operator's own setting wins", () => {
    const cfg = loadStackConfig({ ...process.env, BEX_HOME: join(tmpdir(), 'bex-malloc-env') });
    const own = process.env.MALLOC_TRIM_THRESHOLD_;
    try {
      delete process.env.MALLOC_TRIM_THRESHOLD_;
      expect(authorityEnv(cfg, 'LA', 0)).toMatchObject(AUTHORITY_MALLOC_ENV);
      process.env.MALLOC_TRIM_THRESHOLD_ = '65536';
      expect(authorityEnv(cfg, 'LA', 0).MALLOC_TRIM_THRESHOLD_).toBe('65536');
    } finally {
      if (own === undefined) delete process.env.MALLOC_TRIM_THRESHOLD_;
      else process.env.MALLOC_TRIM_THRESHOLD_ = own;
    }
  });
});
