// One authority's configuration, from environment variables, validated at start.
import { join } from 'node:path';
import { apiAudience, devIssuer, devJwksFile } from '@bex/api';
import { readFileSync } from 'node:fs';
import { AUTHORITIES, int, list, oneOf, readConfig, repositoryRoot, str, type AuthorityCode, type KafkaSecurity } from '@bex/shared';

export const ROLES = ['api', 'relay', 'projector'] as const;
export type Role = (typeof ROLES)[number];

const repoRoot = repositoryRoot(__dirname);

export const MODES = ['development', 'production'] as const;

export interface AuthorityConfig {
  /** production refuses development keys, the development identity provider and a plaintext broker. */
  mode: (typeof MODES)[number];
  authority: AuthorityCode;
  roles: Role[];
  apiPort: number;
  /** 127.0.0.1 locally; 0.0.0.0 in a container, where the api must be reachable from outside. */
  apiHost: string;
  /** The operations listener (/metrics, /healthz of the roles): its own port, 0 = any free one. */
  metricsPort: number;
  /** 127.0.0.1 by default: only a scraper on the host or pod reaches it unless set to 0.0.0.0. */
  metricsHost: string;
  /** Requests a minute each token subject may make on /v1, and how many at once. */
  rateLimitPerMinute: number;
  rateLimitBurst: number;
  /** Requests a minute each client address may make on /v1 before authentication, and how many at once. */
  addressRateLimitPerMinute: number;
  addressRateLimitBurst: number;
  /** Reverse proxies in front of the api whose X-Forwarded-For entry names the client; 0 = none. */
  trustProxyHops: number;
  kafkaBrokers: string[];
  kafkaSecurity: KafkaSecurity;
  registryUrl: string;
  mongoUrl: string;
  dbName: string;
  topicPrefix: string;
  topicPartitions: number;
  /** Replicas of the topics this authority creates; -1 takes the broker's default.replication.factor. */
  topicReplicationFactor: number;
  /** min.insync.replicas of the topics it creates; 0 takes the broker's default. */
  topicMinInsyncReplicas: number;
  agreementsDir: string;
  trustDir: string;
  signingKeyId: string | undefined;
  signingKeyFile: string | undefined;
  /** The identity provider's keys (a JWKS file, or an https URL) and the tokens' issuer and audience. */
  jwks: string;
  jwtIssuer: string;
  jwtAudience: string;
  /** How long the api keeps using the provider's keys after the last successful load, while reloads fail. */
  jwksMaxStaleMs: number;
  /** Days that dead letters keep bytes which could not be decoded or verified. */
  deadLetterRetentionDays: number;
  /** Dead letters kept whole per claimed source and hour; beyond it they are only counted. */
  deadLettersPerSourceHour: number;
  /** ACTIONED receipts kept per record and partner; beyond it they are only counted. */
  actionedReceiptsPerRecord: number;
  /** How long a role's loop may go without a turn before /healthz on the operations port says 503. */
  livenessMaxSilenceMs: number;
  /** How long the relay lease lasts unrenewed: how soon a standby relay takes over from a dead one. */
  relayLeaseMs: number;
  /** How long a view rebuild may go without a record taken in before it gives up. */
  rebuildMaxSilenceMs: number;
}

export function loadAuthorityConfig(env: NodeJS.ProcessEnv = process.env): AuthorityConfig {
  const c = readConfig(
    {
      mode: oneOf('BEX_MODE', MODES, 'development'),
      authority: oneOf('BEX_AUTHORITY', AUTHORITIES),
      roles: list('BEX_ROLES', [...ROLES]),
      apiPort: int('BEX_API_PORT', 8080, 0, 65535),
      apiHost: str('BEX_API_HOST', '127.0.0.1'),
      metricsPort: int('BEX_METRICS_PORT', 9464, 0, 65535),
      metricsHost: str('BEX_METRICS_HOST', '127.0.0.1'),
      rateLimitPerMinute: int('BEX_RATE_LIMIT_PER_MINUTE', 600, 1, 10_000_000),
      rateLimitBurst: int('BEX_RATE_LIMIT_BURST', 60, 1, 1_000_000),
      // Ten tokens' budget: enough for an office behind one NAT, not for a flood of forged tokens.
      addressRateLimitPerMinute: int('BEX_RATE_LIMIT_PER_ADDRESS_PER_MINUTE', 6000, 1, 10_000_000),
      addressRateLimitBurst: int('BEX_RATE_LIMIT_PER_ADDRESS_BURST', 600, 1, 1_000_000),
      trustProxyHops: int('BEX_TRUST_PROXY_HOPS', 0, 0, 10),
      kafkaBrokers: list('BEX_KAFKA_BROKERS', ['127.0.0.1:9092']),
      kafkaSsl: oneOf('BEX_KAFKA_SSL', ['true', 'false'] as const, 'false'),
      kafkaSaslMechanism: oneOf('BEX_KAFKA_SASL_MECHANISM', ['none', 'plain', 'scram-sha-256', 'scram-sha-512'] as const, 'none'),
      kafkaSaslUsername: str('BEX_KAFKA_SASL_USERNAME', ''),
      kafkaSaslPasswordFile: str('BEX_KAFKA_SASL_PASSWORD_FILE', ''),
      registryUrl: str('BEX_REGISTRY_URL', 'http://127.0.0.1:8081/apis/ccompat/v7'),
      mongoUrl: str('BEX_MONGO_URL', 'mongodb://127.0.0.1:27017/?directConnection=true'),
      dbName: str('BEX_MONGO_DB', ''),
      topicPrefix: str('BEX_TOPIC_PREFIX', 'bex'),
      topicPartitions: int('BEX_TOPIC_PARTITIONS', 3, 1, 1000),
      topicReplicationFactor: int('BEX_TOPIC_REPLICATION_FACTOR', -1, -1, 15),
      topicMinInsyncReplicas: int('BEX_TOPIC_MIN_INSYNC_REPLICAS', 0, 0, 15),
      agreementsDir: str('BEX_AGREEMENTS_DIR', join(repoRoot, 'deploy', 'agreements')),
      trustDir: str('BEX_TRUST_DIR', join(repoRoot, 'deploy', 'trust')),
      signingKeyId: str('BEX_SIGNING_KEY_ID', ''),
      signingKeyFile: str('BEX_SIGNING_KEY_FILE', ''),
      jwks: str('BEX_JWKS', ''),
      jwtIssuer: str('BEX_JWT_ISSUER', ''),
      jwtAudience: str('BEX_JWT_AUDIENCE', ''),
      // At least the keys' 10-minute reload interval; at most a day, so a withdrawn key stops working the same day.
      jwksMaxStaleS: int('BEX_JWKS_MAX_STALENESS_S', 3600, 600, 86_400),
      deadLetterRetentionDays: int('BEX_DEAD_LETTER_RETENTION_DAYS', 30, 1, 3650),
      deadLettersPerSourceHour: int('BEX_DEAD_LETTERS_PER_SOURCE_HOUR', 1000, 1, 1_000_000),
      actionedReceiptsPerRecord: int('BEX_ACTIONED_RECEIPTS_PER_RECORD', 1000, 1, 1_000_000),
      livenessMaxSilenceS: int('BEX_LIVENESS_MAX_SILENCE_S', 120, 5, 3600),
      relayLeaseS: int('BEX_RELAY_LEASE_S', 30, 2, 600),
      rebuildMaxSilenceS: int('BEX_REBUILD_MAX_SILENCE_S', 120, 5, 86_400),
    },
    env,
  );
  const unknownRoles = c.roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknownRoles.length > 0) {
    throw new Error(`invalid configuration:\n  BEX_ROLES: unknown role(s) ${unknownRoles.join(', ')}; use ${ROLES.join(', ')}`);
  }
  const { kafkaSsl, kafkaSaslMechanism, kafkaSaslUsername, kafkaSaslPasswordFile, livenessMaxSilenceS, relayLeaseS, rebuildMaxSilenceS, jwksMaxStaleS, ...rest } = c;
  if (kafkaSaslMechanism !== 'none' && (!kafkaSaslUsername || !kafkaSaslPasswordFile)) {
    throw new Error('invalid configuration:\n  BEX_KAFKA_SASL_USERNAME and BEX_KAFKA_SASL_PASSWORD_FILE: required with BEX_KAFKA_SASL_MECHANISM');
  }
  const kafkaSecurity: KafkaSecurity = {
    ssl: kafkaSsl === 'true',
    ...(kafkaSaslMechanism === 'none'
      ? {}
      : { sasl: { mechanism: kafkaSaslMechanism, username: kafkaSaslUsername, password: readFileSync(kafkaSaslPasswordFile, 'utf8').trim() } }),
  };
  return {
    ...rest,
    kafkaSecurity,
    livenessMaxSilenceMs: livenessMaxSilenceS * 1000,
    relayLeaseMs: relayLeaseS * 1000,
    rebuildMaxSilenceMs: rebuildMaxSilenceS * 1000,
    jwksMaxStaleMs: jwksMaxStaleS * 1000,
    roles: c.roles as Role[],
    dbName: c.dbName || `bex_${c.authority.toLowerCase()}`,
    signingKeyId: c.signingKeyId || undefined,
    signingKeyFile: c.signingKeyFile || undefined,
    jwks: c.jwks || devJwksFile(c.authority),
    jwtIssuer: c.jwtIssuer || devIssuer(c.authority),
    jwtAudience: c.jwtAudience || apiAudience(c.authority),
  };
}
