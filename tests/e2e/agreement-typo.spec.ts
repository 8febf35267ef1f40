// A misspelt removePaths entry would remove nothing and share what it meant to hide, so the real
// authority process must refuse to start, and tell the operator which file and path are wrong.
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAuthorityProcess } from '../harness/authority-process';

const root = join(__dirname, '..', '..');
const EXIT_WITHIN_MS = 30_000;

function agreementsWithTypo(): string {
  const source = join(root, 'deploy', 'agreements');
  const dir = mkdtempSync(join(tmpdir(), 'bex-agreement-typo-'));
  for (const file of readdirSync(source).filter((f) => f.endsWith('.json'))) copyFileSync(join(source, file), join(dir, file));
  const laToVn = readFileSync(join(source, 'la-to-vn.json'), 'utf8');
  const typo = laToVn.replace('"persons[].fullName"', '"persons[].fulName"');
  if (typo === laToVn) throw new Error('la-to-vn.json no longer removes persons[].fullName; pick another path to misspell');
  writeFileSync(join(dir, 'la-to-vn.json'), typo);
  return dir;
}

function runAuthority(agreementsDir: string): Promise<{ code: number | null; output: string }> {
  return runAuthorityProcess('npx', ['tsx', 'services/authority/src/start.ts'], {
    cwd: root,
    exitWithinMs: EXIT_WITHIN_MS,
    env: {
      ...process.env,
      BEX_AUTHORITY: 'LA',
      BEX_AGREEMENTS_DIR: agreementsDir,
      LOG_LEVEL: 'info',
      // Unreachable on purpose: if the agreements were not checked first, nothing real is touched.
      BEX_MONGO_URL: 'mongodb://127.0.0.1:1/',
      BEX_KAFKA_BROKERS: '127.0.0.1:1',
      BEX_REGISTRY_URL: 'http://127.0.0.1:1',
    },
  }).done;
}

it('refuses to start on a misspelt removePaths entry, naming file and path', async () => {
  const { code, output } = await runAuthority(agreementsWithTypo());
  expect(code).not.toBe(0);
  expect(code).not.toBeNull();
  expect(output).toContain('la-to-vn.json');
  expect(output).toContain('persons[].fulName');
  expect(output).not.toContain('authority started');
});
