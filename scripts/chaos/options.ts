// What a chaos run is told: how much load, which faults, and where its own stack lives. The stack
// is always its own (own BEX_HOME, own ports, database on disk), never `npm start`'s or the tests'.
import { join } from 'node:path';
import type { AuthorityPorts } from '../exchange/authorities';
import { loadStackConfig, type StackConfig } from '../stack/config';

export const FAULT_KINDS = ['authority', 'database', 'kafka', 'registry'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface ChaosPorts {
  kafka: number;
  kafkaController: number;
  /** The registry also takes the next port for its management interface. */
  registry: number;
  database: number;
  /** LA, VN, CN apis on apiBase, +1, +2; their metrics listeners on metricsBase, +1, +2. */
  apiBase: number;
  metricsBase: number;
}

export interface ChaosOptions {
  count: number;
  seed: number;
  faultsPerKind: number;
  kinds: readonly FaultKind[];
  /** Submissions a second, over all three apis. */
  rate: number;
  /** Requests in flight at most. */
  concurrency: number;
  /** How long the end waits for outboxes to drain and projectors to catch up. */
  drainDeadlineMs: number;
  home: string;
  ports: ChaosPorts;
  /** Leave the chaos stack running at the end (to look at it); default: stop it. */
  keep: boolean;
  /** Kafka nodes: 3 (the default, a deployment's shape; a Kafka fault kills one node) or 1. */
  kafkaNodes: 1 | 3;
  /** After the faults, LA's link is cut for this long under load (link-cut.ts); 0: no link cut. */
  linkCutMs: number;
}

/** The link cut's own broker (+1 controller, +10 the listener facing LA), LA's database and api. */
export const LINK_CUT_PORTS = { kafka: 26600, laDatabase: 26620, laApi: 26630 };

export const CHAOS_PORTS: ChaosPorts = { kafka: 26092, kafkaController: 26093, registry: 26081, database: 26017, apiBase: 26101, metricsBase: 26111 };

export function defaultChaosOptions(root: string): ChaosOptions {
  return {
    count: 10_000,
    seed: 1,
    faultsPerKind: 2,
    kinds: FAULT_KINDS,
    rate: 20,
    concurrency: 16,
    drainDeadlineMs: 10 * 60_000,
    home: join(root, '.bex', 'chaos'),
    ports: CHAOS_PORTS,
    keep: false,
    kafkaNodes: 3,
    linkCutMs: 180_000,
  };
}

export function chaosStackConfig(opts: ChaosOptions, env: NodeJS.ProcessEnv = process.env): StackConfig {
  return loadStackConfig({
    ...env,
    BEX_HOME: opts.home,
    BEX_DATA_DIR: join(opts.home, 'data'),
    BEX_DB_STORAGE: 'disk',
    // Its authorities share the database it kills and restarts.
    BEX_DB_PER_AUTHORITY: 'false',
    BEX_KAFKA_PORT: String(opts.ports.kafka),
    BEX_KAFKA_CONTROLLER_PORT: String(opts.ports.kafkaController),
    BEX_REGISTRY_PORT: String(opts.ports.registry),
    BEX_DB_PORT: String(opts.ports.database),
    BEX_KAFKA_NODES: String(opts.kafkaNodes),
  });
}

export function chaosAuthorities(ports: ChaosPorts): AuthorityPorts[] {
  return (['LA', 'VN', 'CN'] as const).map((code, i) => ({ code, port: ports.apiBase + i, metricsPort: ports.metricsBase + i }));
}

/** The authorities of a chaos run: default topic prefix on their own Kafka, no rate limit in the way of the load. */
export const CHAOS_AUTHORITY_ENV: NodeJS.ProcessEnv = {
  BEX_TOPIC_PREFIX: 'bex',
  BEX_RATE_LIMIT_PER_MINUTE: '1000000',
  BEX_RATE_LIMIT_BURST: '100000',
  BEX_RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '1000000',
  BEX_RATE_LIMIT_PER_ADDRESS_BURST: '100000',
  BEX_MONGO_DB: '',
};
