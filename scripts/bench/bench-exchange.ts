// Starts LA, VN and CN in this process on the given stack, each with its own databases and a topic
// prefix unique to this run, so the benchmark shares the stack with tests and users. Relay and
// projector come from startAuthority; the api is the same express app, hosted here over the
// authority's outbox with a benchmark-only token issuer (bench-api.ts), so no identity provider
// has to be configured.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { loadAuthorityConfig, startAuthority, type RunningAuthority } from '@bex/authority';
import type { AuthorityCode, Logger } from '@bex/shared';
import pino from 'pino';
import { authorityKafkaEnv } from '../stack/credentials';
import { applyPrefixAcls, removePrefixAcls } from '../stack/exchange-acls';
import { hostApi, type HostedApi } from './bench-api';
import type { Target } from './load';

export interface BenchExchange {
  prefix: string;
  nodes: Partial<Record<AuthorityCode, RunningAuthority>>;
  node(authority: AuthorityCode): RunningAuthority;
  /** Where to POST new records of a collection at this authority's api. */
  target(authority: AuthorityCode, collection: string): Target;
  /** Stops every authority and drops its database. */
  stop(): Promise<void>;
}

export interface ExchangeEndpoints {
  kafkaBrokers: string;
  /** The stack's SCRAM password files: each authority connects as bex-<code>, under ACLs of its prefix. */
  kafkaCredentialsDir: string;
  registryUrl: string;
  mongoUrl: string;
}

/**
 * 'warn' keeps the relay's per-batch info lines out of the measurement; stderr keeps stdout for the
 * result JSON (the services' createLogger writes to stdout).
 */
export const benchLogger = (): Logger => pino({ name: 'bex-bench', level: 'warn', redact: { paths: ['record', '*.record'], censor: '[redacted]' } }, pino.destination(2));

export async function startBenchExchange(e: ExchangeEndpoints, authorities: AuthorityCode[], logger: Logger): Promise<BenchExchange> {
  const prefix = `bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const nodes: Partial<Record<AuthorityCode, RunningAuthority>> = {};
  const apis: Partial<Record<AuthorityCode, HostedApi>> = {};
  const access = { brokers: e.kafkaBrokers.split(','), credentialsDir: e.kafkaCredentialsDir };
  const stop = async (): Promise<void> => {
    for (const api of Object.values(apis)) await api.close().catch(() => undefined);
    for (const node of Object.values(nodes)) {
      await node.connection.dropDatabase().catch(() => undefined);
      await node.stop().catch(() => undefined);
    }
    await removePrefixAcls(access, prefix).catch(() => undefined);
  };
  try {
    await applyPrefixAcls(access, join(__dirname, '..', '..', 'deploy', 'agreements'), prefix);
    for (const authority of authorities) {
      // The api role is not started here (bench-api.ts hosts it over the same outbox).
      const cfg = loadAuthorityConfig({
        BEX_AUTHORITY: authority,
        BEX_ROLES: 'relay,projector',
        BEX_METRICS_PORT: '0',
        BEX_KAFKA_BROKERS: e.kafkaBrokers,
        ...authorityKafkaEnv(e.kafkaCredentialsDir, authority),
        BEX_REGISTRY_URL: e.registryUrl,
        BEX_MONGO_URL: e.mongoUrl,
        BEX_MONGO_DB: `${prefix}_${authority.toLowerCase()}`,
        BEX_TOPIC_PREFIX: prefix,
      });
      nodes[authority] = await startAuthority(
        cfg,
        logger.child({ authority }),
      );
      apis[authority] = await hostApi(authority, nodes[authority]!.outbox, logger.child({ authority, role: 'api' }));
    }
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    prefix,
    nodes,
    node(authority) {
      const n = nodes[authority];
      if (!n) throw new Error(`authority ${authority} is not part of this exchange`);
      return n;
    },
    target(authority, collection) {
      const api = apis[authority];
      if (!api) throw new Error(`authority ${authority} is not part of this exchange`);
      return { url: `${api.url}/v1/${collection}`, headers: api.headers };
    },
    stop,
  };
}
