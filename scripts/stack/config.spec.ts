import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authorityEnv } from '../exchange/authorities';
import { authorityMongoUrl, ConfigError, databaseLayoutStamp, loadStackConfig } from './config';

const home = (): string => mkdtempSync(join(tmpdir(), 'bex-config-'));
const configAt = (dir: string, env: NodeJS.ProcessEnv = {}) => loadStackConfig({ BEX_HOME: dir, BEX_DATA_DIR: join(dir, 'data'), ...env });

describe('database layout of the local stack', () => {
  it('gives VN and CN databases of their own beside LA\'s when asked, and each authority its own address', () => {
    const cfg = configAt(home(), { BEX_DB_PER_AUTHORITY: 'true', BEX_DB_PORT: '27500' });
    expect(['LA', 'VN', 'CN'].map((a) => authorityMongoUrl(cfg, a))).toEqual([
      'mongodb://127.0.0.1:27500/?directConnection=true',
      'mongodb://127.0.0.1:27501/?directConnection=true',
      'mongodb://127.0.0.1:27502/?directConnection=true',
    ]);
    expect(authorityEnv(cfg, 'CN', 0).BEX_MONGO_URL).toBe('mongodb://127.0.0.1:27502/?directConnection=true');
  });

  it('shares one database by default, so a stack made before keeps its outboxes and views', () => {
    const cfg = configAt(home(), { BEX_DB_PORT: '27500' });
    expect(cfg.authorityDatabases).toBe(false);
    expect(new Set(['LA', 'VN', 'CN'].map((a) => authorityEnv(cfg, a, 0).BEX_MONGO_URL))).toEqual(new Set(['mongodb://127.0.0.1:27500/?directConnection=true']));
  });

  it('follows the layout stamped in the data directory (what `status` and `down` need to find every database)', () => {
    const dir = home();
    const first = configAt(dir);
    mkdirSync(first.dataDir, { recursive: true });
    writeFileSync(databaseLayoutStamp(first.dataDir), 'true\n');
    expect(configAt(dir).authorityDatabases).toBe(true);
    expect(configAt(dir, { BEX_DB_PER_AUTHORITY: 'false' }).authorityDatabases).toBe(false);
  });

  it('names the variable when its value is not true or false', () => {
    expect(() => configAt(home(), { BEX_DB_PER_AUTHORITY: 'yes' })).toThrow(new ConfigError('BEX_DB_PER_AUTHORITY must be true or false, got "yes"'));
  });
});
