// `npm run stack -- down` (and reset) stop every component a pid file of the stack names, whatever
// the data directory says of its layout: a database of VN's own left running while reset deletes
// its data directory would go on writing into a directory that is gone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadStackConfig, type StackConfig } from './config';
import { launch, runningPid, stop } from './processes';
import { down } from './stack';

let home: string;
let cfg: StackConfig;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'bex-down-'));
  // No layout stamp and no BEX_DB_PER_AUTHORITY: the stack looks like one with a single database.
  const { BEX_DB_PER_AUTHORITY: _ignored, ...env } = process.env;
  cfg = loadStackConfig({ ...env, BEX_HOME: home, BEX_KAFKA_PORT: '39092', BEX_KAFKA_CONTROLLER_PORT: '39093', BEX_REGISTRY_PORT: '38081', BEX_DB_PORT: '37117' });
});
afterEach(async () => {
  // Whatever down() left running is the test's own: stop it before its pid files go.
  for (const name of ['database-vn', 'database-cn']) await stop(cfg, name, 1_000);
  rmSync(home, { recursive: true, force: true });
});

it('stops the per-authority databases too when the data directory was never stamped with that layout', async () => {
  expect(cfg.authorityDatabases).toBe(false);
  const marker = `bex-down-spec=${home}`;
  for (const name of ['database-vn', 'database-cn']) launch(cfg, name, { cmd: process.execPath, args: ['-e', 'setInterval(() => {}, 1000)', marker], cwd: home, env: process.env, marker });
  // A child shows its command line once it has exec'd, a moment after launch returns.
  for (let i = 0; i < 100 && (runningPid(cfg, 'database-vn') === undefined || runningPid(cfg, 'database-cn') === undefined); i++) await new Promise((r) => setTimeout(r, 50));
  expect(runningPid(cfg, 'database-vn')).toBeDefined();
  expect(runningPid(cfg, 'database-cn')).toBeDefined();
  await down(cfg);
  expect(runningPid(cfg, 'database-vn')).toBeUndefined();
  expect(runningPid(cfg, 'database-cn')).toBeUndefined();
}, 30_000);
