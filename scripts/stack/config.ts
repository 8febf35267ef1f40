// Where the local stack lives and listens. Every value comes from an environment variable with a
// default; a bad value stops the script with a message that names the variable.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface StackConfig {
  root: string;
  cacheDir: string;
  dataDir: string;
  runDir: string;
  kafkaPort: number;
  kafkaControllerPort: number;
  /** 1 (the default, for speed) or 3: a KRaft cluster of three combined nodes, the shape of a deployment. */
  kafkaNodes: 1 | 3;
  /** BEX_KAFKA_TLS=true adds a SASL_SSL listener beside the SASL_PLAINTEXT one (production-mode authorities use it). */
  kafkaTls: boolean;
  /**
   * BEX_KAFKA_LINK_LISTENER=host:port (one-node stack): one more SASL_PLAINTEXT listener, bound and
   * advertised there, for clients on another network (an authority in a network namespace of its own).
   */
  kafkaLinkListener: string | undefined;
  registryPort: number;
  databasePort: number;
  /**
   * One database process per local authority (LA on databasePort, VN and CN on the next two), as
   * each authority runs its own; otherwise all three share the one on databasePort. See
   * authorityDatabases() for where the choice comes from.
   */
  authorityDatabases: boolean;
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

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = env[name] ?? 'false';
  if (raw !== 'true' && raw !== 'false') throw new ConfigError(`${name} must be true or false, got "${raw}"`);
  return raw === 'true';
}

function linkListener(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.BEX_KAFKA_LINK_LISTENER;
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{1,3}(\.\d{1,3}){3}:\d{1,5}$/.test(raw)) throw new ConfigError(`BEX_KAFKA_LINK_LISTENER must be an IPv4 address and port (10.213.0.1:19610), got "${raw}"`);
  return raw;
}

function heap(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name] ?? fallback;
  if (!/^\d+[mMgG]$/.test(raw)) throw new ConfigError(`${name} must look like 512m or 1g, got "${raw}"`);
  return raw;
}

/**
 * BEX_KAFKA_NODES, or else the size the data directory's cluster was formatted for (so `status`,
 * `down` and `npm start` find a three-node cluster that `up --kafka-nodes=3` made), or else 1.
 */
function kafkaNodes(env: NodeJS.ProcessEnv, dataDir: string): 1 | 3 {
  const stamp = join(dataDir, 'kafka', 'bex-cluster-nodes');
  const raw = env.BEX_KAFKA_NODES || (existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : '1');
  if (raw !== '1' && raw !== '3') throw new ConfigError(`BEX_KAFKA_NODES must be 1 or 3, got "${raw}"`);
  return raw === '3' ? 3 : 1;
}

/** Where a data directory remembers its database layout, so `status` and `down` find what `npm start` made. */
export const databaseLayoutStamp = (dataDir: string): string => join(dataDir, 'database-per-authority');

/** BEX_DB_PER_AUTHORITY, or else what the data directory was started with, or else one shared database. */
function authorityDatabases(env: NodeJS.ProcessEnv, dataDir: string): boolean {
  const stamp = databaseLayoutStamp(dataDir);
  const raw = env.BEX_DB_PER_AUTHORITY || (existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : 'false');
  if (raw !== 'true' && raw !== 'false') throw new ConfigError(`BEX_DB_PER_AUTHORITY must be true or false, got "${raw}"`);
  return raw === 'true';
}

/** The local authorities that get a database process of their own, after the one on databasePort (LA's). */
export const OWN_DATABASE_AUTHORITIES = ['VN', 'CN'] as const;

/** The port of an authority's database: its own when the stack runs one per authority, else the shared one. */
export function authorityDatabasePort(cfg: StackConfig, code: string): number {
  const i = (OWN_DATABASE_AUTHORITIES as readonly string[]).indexOf(code);
  return cfg.authorityDatabases && i >= 0 ? cfg.databasePort + 1 + i : cfg.databasePort;
}

export const mongoUrlAt = (port: number): string => `mongodb://127.0.0.1:${port}/?directConnection=true`;

/** Where an authority of the local exchange keeps its outbox and view. */
export function authorityMongoUrl(cfg: StackConfig, code: string): string {
  return mongoUrlAt(authorityDatabasePort(cfg, code));
}

/**
 * Node n (1-based) of the local Kafka cluster listens on the configured ports plus 2(n-1): with
 * the defaults node 1 on 9092/9093, node 2 on 9094/9095, node 3 on 9096/9097.
 */
export function kafkaNodePorts(cfg: StackConfig, node: number): { broker: number; controller: number; tls: number } {
  // The TLS listener (BEX_KAFKA_TLS) sits 100 above the plaintext one: 9192, 9194, 9196 by default.
  return { broker: cfg.kafkaPort + 2 * (node - 1), controller: cfg.kafkaControllerPort + 2 * (node - 1), tls: cfg.kafkaPort + 100 + 2 * (node - 1) };
}

/** The TLS listeners' addresses (BEX_KAFKA_TLS=true), for clients that insist on TLS. */
export function kafkaTlsBrokerList(cfg: StackConfig): string[] {
  return Array.from({ length: cfg.kafkaNodes }, (_, i) => `127.0.0.1:${kafkaNodePorts(cfg, i + 1).tls}`);
}

/** Every node's client address, the bootstrap list services and tests connect to. */
export function kafkaBrokerList(cfg: StackConfig): string[] {
  return Array.from({ length: cfg.kafkaNodes }, (_, i) => `127.0.0.1:${kafkaNodePorts(cfg, i + 1).broker}`);
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
  const dataDir = resolve(env.BEX_DATA_DIR ?? join(home, 'data'));
  return {
    root: repoRoot,
    cacheDir: resolve(env.BEX_CACHE_DIR ?? join(repoRoot, '.bex', 'cache')),
    dataDir,
    runDir: join(home, 'run'),
    kafkaPort: port(env, 'BEX_KAFKA_PORT', 9092),
    kafkaControllerPort: port(env, 'BEX_KAFKA_CONTROLLER_PORT', 9093),
    kafkaNodes: kafkaNodes(env, dataDir),
    kafkaTls: flag(env, 'BEX_KAFKA_TLS'),
    kafkaLinkListener: linkListener(env),
    registryPort: port(env, 'BEX_REGISTRY_PORT', 8081),
    databasePort: port(env, 'BEX_DB_PORT', 27017),
    authorityDatabases: authorityDatabases(env, dataDir),
    kafkaHeap: heap(env, 'BEX_KAFKA_HEAP', '512m'),
    registryHeap: heap(env, 'BEX_REGISTRY_HEAP', '384m'),
    // An in-memory store lives entirely in WiredTiger's cache (WT_CACHE_FULL past it), so it gets
    // room for a whole test run. On disk 1G too: with 256M a view stalled at about 20,000 seizures
    // (bench:compare's lookup stage: the database busy, no progress for minutes); with 1G it grew
    // to 100,000 at 821/s.
    databaseCacheSize: heap(env, 'BEX_DB_CACHE', '1G'),
    databaseStorage: storage,
    readyTimeoutMs: timeout * 1000,
  };
}

/** Connection settings that services and tests use to reach the stack. */
export function endpoints(cfg: StackConfig): { kafkaBrokers: string; kafkaCredentialsDir: string; registryUrl: string; mongoUrl: string } {
  return {
    kafkaBrokers: kafkaBrokerList(cfg).join(','),
    // Kafka wants SASL/SCRAM: one password file per principal (credentials.ts), only the user reads them.
    kafkaCredentialsDir: join(cfg.dataDir, 'credentials'),
    registryUrl: `http://127.0.0.1:${cfg.registryPort}/apis/ccompat/v7`,
    mongoUrl: mongoUrlAt(cfg.databasePort),
  };
}
