// Starts a whole exchange (several authorities, all roles) inside the test process, on the real
// stack, with its own topic prefix and databases so it shares the stack with other tests.
import type { Role } from '@bex/api';
import { loadAuthorityConfig, startAuthority, type RunningAuthority } from '@bex/authority';
import { ensureDevIdentity, mintDevToken } from '../../scripts/dev-identity';
import { createLogger, type AuthorityCode } from '@bex/shared';
import { authorityKafkaVars, grantPrefixAcls, revokePrefixAcls } from './kafka-access';
import { stackEnv } from './stack-env';
import { uniqueName } from './unique-name';

export interface TestExchange {
  prefix: string;
  nodes: Record<string, RunningAuthority>;
  /** A token of the authority's own (dev) identity provider. */
  token(authority: AuthorityCode, roles?: Role[]): string;
  /** The environment a separate process of this authority needs (same database, topics and principal). */
  envOf(authority: AuthorityCode, more?: Record<string, string>): Record<string, string>;
  /** Another process of an authority (same database and topics), e.g. a second relay; stopped with the exchange. */
  extraNode(authority: AuthorityCode, roles: string[]): Promise<RunningAuthority>;
  stop(): Promise<void>;
}

export interface TestExchangeOptions {
  agreementsDir?: string;
  /** One clock for every authority (agreements, retention, expiry); tests move it. */
  clock?: () => Date;
  /** Runs before the authorities start, e.g. to create a topic with settings of the test's own. */
  prepare?: (prefix: string) => Promise<void>;
  /** Variables of one authority's own, e.g. a registry reached through a test's proxy. */
  env?: Partial<Record<AuthorityCode, Record<string, string>>>;
}

export async function startTestExchange(authorities: AuthorityCode[], opts: TestExchangeOptions = {}): Promise<TestExchange> {
  const env = stackEnv();
  const prefix = uniqueName('t').replace(/-/g, '_');
  const logger = createLogger('bex-test', process.env.LOG_LEVEL ?? 'silent');
  const nodes: Record<string, RunningAuthority> = {};
  await ensureDevIdentity();
  // Each authority connects as its own principal (bex-la, ...) under the ACLs its agreements imply
  // for this exchange's prefix, exactly as on the local exchange: a test that works, works under ACLs.
  await grantPrefixAcls(prefix, opts.agreementsDir);
  await opts.prepare?.(prefix);
  const extras: RunningAuthority[] = [];
  // The same configuration path as a real authority: its variables, with the defaults it has.
  const envOf = (authority: AuthorityCode, more: Record<string, string> = {}): Record<string, string> => ({
      BEX_AUTHORITY: authority,
      BEX_API_PORT: '0',
      BEX_METRICS_PORT: '0',
      BEX_KAFKA_BROKERS: env.kafkaBrokers.join(','),
      ...authorityKafkaVars(authority),
      BEX_REGISTRY_URL: env.registryUrl,
      BEX_MONGO_URL: env.mongoUrl,
      BEX_MONGO_DB: `${prefix}_${authority.toLowerCase()}`,
      BEX_TOPIC_PREFIX: prefix,
      ...(opts.agreementsDir ? { BEX_AGREEMENTS_DIR: opts.agreementsDir } : {}),
      ...opts.env?.[authority],
      ...more,
    });
  const configOf = (authority: AuthorityCode, more: Record<string, string> = {}) => loadAuthorityConfig(envOf(authority, more));
  const options = opts.clock ? { clock: opts.clock } : {};
  for (const authority of authorities) {
    nodes[authority] = await startAuthority(configOf(authority), logger.child({ authority }), options);
  }
  return {
    prefix,
    nodes,
    token: (authority, roles = ['officer']) => mintDevToken({ authority, roles, personalData: true }),
    envOf,
    async extraNode(authority, roles) {
      const node = await startAuthority(configOf(authority, { BEX_ROLES: roles.join(',') }), logger.child({ authority, extra: true }), options);
      extras.push(node);
      return node;
    },
    async stop() {
      for (const node of extras) await node.stop();
      for (const node of Object.values(nodes)) {
        await node.connection.dropDatabase().catch(() => undefined);
        await node.stop();
      }
      await revokePrefixAcls(prefix).catch(() => undefined);
    },
  };
}

/** Polls until `probe` returns a value (not undefined) or the time is up. */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** A clock that runs with real time from an offset the test moves. */
export function movableClock(): { now: () => Date; jumpTo(at: Date): void; reset(): void } {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    jumpTo(at: Date) {
      offset = at.getTime() - Date.now();
    },
    reset() {
      offset = 0;
    },
  };
}

/**
 * Waits until a loop that beats at the start of every turn (the relay) has begun a turn after
 * `since` and then another: the turn that began after `since` has run to its end. What a test
 * says did not happen is then known not to have happened in a whole turn, not merely in a pause.
 */
export async function fullTurnAfter(heartbeat: { lastAt(): number }, since: number, timeoutMs = 30_000): Promise<void> {
  const first = await eventually(async () => (heartbeat.lastAt() > since ? heartbeat.lastAt() : undefined), timeoutMs, 20);
  await eventually(async () => (heartbeat.lastAt() > first ? true : undefined), timeoutMs, 20);
}
