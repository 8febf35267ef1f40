// The stack bench:compare runs on: by default a throwaway one on disk (as users run it) under
// .bex/bench-compare on ports of its own, so the user's stack is never disturbed, removed at the end
// unless --keep; with --stack=user, the running `npm start` stack, which it never stops.
import { join } from 'node:path';
import { endpoints, loadStackConfig, type StackConfig } from '../../stack/config';
import { runningPid } from '../../stack/processes';
import { down, reset, status, up } from '../../stack/stack';
import { progress } from '../stats';
import type { CompareOptions } from './options';

export interface CompareStack {
  cfg: StackConfig;
  origin: 'throwaway' | 'user';
  endpoints: ReturnType<typeof endpoints>;
  describe: { origin: string; home: string; kafkaNodes: number; storage: string; databases: string; databaseCache: string; kafkaHeap: string; registryHeap: string; ports: Record<string, number> };
  pidOf(component: string): number | undefined;
  /** The stack's components (kafka, database, registry, …) by name. */
  componentNames(): Promise<string[]>;
  release(): Promise<void>;
}

export async function openStack(o: CompareOptions, env: NodeJS.ProcessEnv = process.env): Promise<CompareStack> {
  const user = loadStackConfig(env);
  const { BEX_DATA_DIR: _userData, ...rest } = env;
  const cfg =
    o.stack === 'user'
      ? user
      : loadStackConfig({
          ...rest,
          BEX_HOME: join(user.root, '.bex', 'bench-compare'),
          BEX_DB_STORAGE: env.BEX_DB_STORAGE ?? 'disk',
          // As `npm start` runs a new stack: each authority on a database process of its own.
          BEX_DB_PER_AUTHORITY: env.BEX_DB_PER_AUTHORITY || 'true',
          BEX_KAFKA_NODES: env.BEX_KAFKA_NODES ?? '1',
          BEX_KAFKA_PORT: String(o.kafkaPort),
          BEX_KAFKA_CONTROLLER_PORT: String(o.kafkaPort + 1),
          BEX_REGISTRY_PORT: String(o.registryPort),
          BEX_DB_PORT: String(o.dbPort),
        });
  const describe = {
    origin: o.stack === 'user' ? 'the user\'s running stack (npm start)' : `a throwaway stack under ${join('.bex', 'bench-compare')}`,
    home: cfg.dataDir,
    kafkaNodes: (cfg as { kafkaNodes?: number }).kafkaNodes ?? 1,
    storage: cfg.databaseStorage,
    databases: cfg.authorityDatabases ? 'one process per authority (LA, VN, CN)' : 'one process shared by LA, VN and CN',
    databaseCache: cfg.databaseCacheSize,
    kafkaHeap: cfg.kafkaHeap,
    registryHeap: cfg.registryHeap,
    ports: { kafka: cfg.kafkaPort, registry: cfg.registryPort, database: cfg.databasePort },
  };
  const pidOf = (component: string): number | undefined => runningPid(cfg, component);
  const componentNames = async (): Promise<string[]> => (await status(cfg)).map((s) => s.name);
  if (o.stack === 'user') {
    const list = await status(cfg);
    const notReady = list.filter((s) => s.state !== 'ready');
    if (notReady.length > 0) throw new Error(`--stack=user: ${notReady.map((s) => `${s.name} is ${s.state}`).join(', ')}; start it with \`npm run stack -- up\` or run without --stack=user`);
    return { cfg, origin: 'user', endpoints: endpoints(cfg), describe, pidOf, componentNames, release: async () => undefined };
  }
  progress(`starting a throwaway disk stack in ${cfg.dataDir} (kafka ${cfg.kafkaPort}, registry ${cfg.registryPort}, database ${cfg.databasePort})`);
  await reset(cfg);
  try {
    await up(cfg);
  } catch (err) {
    await down(cfg);
    throw err;
  }
  return {
    cfg,
    origin: 'throwaway',
    endpoints: endpoints(cfg),
    describe,
    pidOf,
    componentNames,
    release: async () => {
      if (o.keepStack) {
        progress(`--keep: the stack stays up; stop it with BEX_HOME=.bex/bench-compare BEX_KAFKA_PORT=${cfg.kafkaPort} BEX_KAFKA_CONTROLLER_PORT=${cfg.kafkaPort + 1} BEX_REGISTRY_PORT=${cfg.registryPort} BEX_DB_PORT=${cfg.databasePort} npm run stack -- reset`);
        return;
      }
      await reset(cfg);
    },
  };
}
