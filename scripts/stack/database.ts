// SecantusDB 0.7.0b3 (PyPI), a single-node MongoDB-wire server on WiredTiger, in the stack's own
// virtualenv. Data on disk for `npm start`; `BEX_DB_STORAGE=memory` gives tests a throwaway store.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import mongoose from 'mongoose';
import type { Component } from './component';
import { authorityDatabasePort, mongoUrlAt, type StackConfig } from './config';
import { step } from './progress';
import { ensureVirtualenv, venvDir, venvPython } from './python';
import { runCommand } from './run-command';

const SECANTUS_VERSION = '0.7.0b3';
const server = (cfg: StackConfig): string => join(venvDir(cfg), 'bin', 'secantusd-py');

/**
 * A database process: `database` on databasePort (LA's, and the one shared by all when the stack
 * runs one database), `database-vn` and `database-cn` beside it when each authority has its own.
 */
function databaseOf(authority: 'LA' | 'VN' | 'CN'): Component {
  const own = authority !== 'LA';
  const storage = (cfg: StackConfig): string => join(cfg.dataDir, own ? `secantus-${authority.toLowerCase()}` : 'secantus');
  const port = (cfg: StackConfig): number => authorityDatabasePort(cfg, authority);
  return {
    name: own ? `database-${authority.toLowerCase()}` : 'database',
    port,

    async install(cfg) {
      await ensureVirtualenv(cfg);
      if (existsSync(server(cfg))) return;
      step(`SecantusDB ${SECANTUS_VERSION}: installing from PyPI into ${venvDir(cfg)}`);
      await runCommand(venvPython(cfg), ['-m', 'pip', 'install', '--progress-bar', 'off', `secantusdb==${SECANTUS_VERSION}`], {
        onLine: (line) => {
          if (/^(Collecting|Downloading|Successfully installed)/.test(line.trim())) step(`  ${line.trim()}`);
        },
      });
    },

    async prepare(cfg) {
      if (cfg.databaseStorage === 'disk') mkdirSync(storage(cfg), { recursive: true });
    },

    async launchSpec(cfg) {
      const path = cfg.databaseStorage === 'memory' ? ':memory:' : storage(cfg);
      return {
        cmd: server(cfg),
        args: [
          '--host',
          '127.0.0.1',
          '--port',
          String(port(cfg)),
          '--storage-path',
          path,
          '--cache-size',
          cfg.databaseCacheSize,
          '--log-level',
          'WARNING',
        ],
        // The launcher auto-discovers ./secantusd.toml; run it where there is none of ours.
        cwd: cfg.runDir,
        marker: server(cfg),
      };
    },

    async probe(cfg) {
      const conn = mongoose.createConnection(mongoUrlAt(port(cfg)), { serverSelectionTimeoutMS: 1500 });
      try {
        await conn.asPromise();
        const admin = conn.db!.admin();
        const info = await admin.command({ buildInfo: 1 });
        const hello = await admin.command({ hello: 1 });
        return `SecantusDB ${SECANTUS_VERSION} (reports MongoDB ${String(info.version)}, wire version ${String(hello.maxWireVersion)})`;
      } finally {
        await conn.close();
      }
    },
  };
}

export const database: Component = databaseOf('LA');
/** The databases of VN and CN, when the stack runs one per authority (cfg.authorityDatabases). */
export const authorityDatabases = (cfg: StackConfig): Component[] => (cfg.authorityDatabases ? [databaseOf('VN'), databaseOf('CN')] : []);
