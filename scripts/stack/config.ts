// Where the local stack lives and listens. Every value comes from an environment variable with a
// default; a bad value stops the script with a message that names the variable.
import { join, resolve } from 'node:path';

export interface StackConfig {
  root: string;
  cacheDir: string;
  dataDir: string;
  runDir: string;
  kafkaPort: number;
  kafkaControllerPort: number;
  registryPort: number;
  databasePort: number;
  kafkaHeap: string;
  registryHeap: string;
  databaseCacheSize: string;
  /** `:memory:` gives a throwaway database store (tests); otherwise data lives under dataDir. */
  databaseStorage: 'disk' | 'memory';
  readyTimeoutMs: number;
}

export class ConfigError extends Error {}

const repoRoot = resolve(__dirname, '..', '..');

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new ConfigError(`${name} must be a TCP port (1-65535), got "${raw}"`);
  }
  return value;
}

function heap(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name] ?? fallback;
  if (!/^\d+[mMgG]$/.test(raw)) throw new ConfigError(`${name} must look like 512m or 1g, got "${raw}"`);
  return raw;
}

export function loadStackConfig(env: NodeJS.ProcessEnv = process.env): StackConfig {
  const home = resolve(env.BEX_HOME ?? join(repoRoot, '.bex'));
  const storage = env.BEX_DB_STORAGE ?? 'disk';
  if (storage !== 'disk' && storage !== 'memory') {
    throw new ConfigError(`BEX_DB_STORAGE must be "disk" or "memory", got "${storage}"`);
  }
  const timeout = Number(env.BEX_READY_TIMEOUT_S ?? '120');
  if (!Number.isFinite(timeout) || timeout <= 0) {
    throw new ConfigError(`BEX_READY_TIMEOUT_S must be a positive number of seconds, got "${env.BEX_READY_TIMEOUT_S}"`);
  }
  return {
    root: repoRoot,
    cacheDir: resolve(env.BEX_CACHE_DIR ?? join(repoRoot, '.bex', 'cache')),
    dataDir: resolve(env.BEX_DATA_DIR ?? join(home, 'data')),
    runDir: join(home, 'run'),
    kafkaPort: port(env, 'BEX_KAFKA_PORT', 9092),
    kafkaControllerPort: port(env, 'BEX_KAFKA_CONTROLLER_PORT', 9093),
    registryPort: port(env, 'BEX_REGISTRY_PORT', 8081),
    databasePort: port(env, 'BEX_DB_PORT', 27017),
    kafkaHeap: heap(env, 'BEX_KAFKA_HEAP', '512m'),
    registryHeap: heap(env, 'BEX_REGISTRY_HEAP', '384m'),
    // An in-memory store lives entirely in WiredTiger's cache (WT_CACHE_FULL past it), so it gets
    // room for a whole test run; on disk the cache only holds the working set.
    databaseCacheSize: heap(env, 'BEX_DB_CACHE', storage === 'memory' ? '1G' : '256M'),
    databaseStorage: storage,
    readyTimeoutMs: timeout * 1000,
  };
}

/** Connection settings that services and tests use to reach the stack. */
export function endpoints(cfg: StackConfig): { kafkaBrokers: string; kafkaCredentialsDir: string; registryUrl: string; mongoUrl: string } {
  return {
    kafkaBrokers: `127.0.0.1:${cfg.kafkaPort}`,
    // Kafka wants SASL/SCRAM: one password file per principal (credentials.ts), only the user reads them.
    kafkaCredentialsDir: join(cfg.dataDir, 'credentials'),
    registryUrl: `http://127.0.0.1:${cfg.registryPort}/apis/ccompat/v7`,
    mongoUrl: `mongodb://127.0.0.1:${cfg.databasePort}/?directConnection=true`,
  };
}
