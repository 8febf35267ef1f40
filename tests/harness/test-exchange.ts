// Starts a whole exchange (several authorities, all roles) inside the test process, on the real
// stack, with its own topic prefix and databases so it shares the stack with other tests.
import { join, resolve } from 'node:path';
import { apiAudience, devIssuer, devJwksFile, type Role } from '@bex/api';
import { startAuthority, type RunningAuthority } from '@bex/authority';
import { ensureDevIdentity, mintDevToken } from '../../scripts/dev-identity';
import { createLogger, type AuthorityCode } from '@bex/shared';
import { stackEnv } from './stack-env';
import { uniqueName } from './unique-name';

const repoRoot = resolve(__dirname, '..', '..');

export interface TestExchange {
  prefix: string;
  nodes: Record<string, RunningAuthority>;
  /** A token of the authority's own (dev) identity provider. */
  token(authority: AuthorityCode, roles?: Role[]): string;
  stop(): Promise<void>;
}

export async function startTestExchange(authorities: AuthorityCode[], opts: { agreementsDir?: string } = {}): Promise<TestExchange> {
  const env = stackEnv();
  const prefix = uniqueName('t').replace(/-/g, '_');
  const logger = createLogger('bex-test', process.env.LOG_LEVEL ?? 'silent');
  const nodes: Record<string, RunningAuthority> = {};
  await ensureDevIdentity();
  for (const authority of authorities) {
    nodes[authority] = await startAuthority(
      {
        authority,
        roles: ['api', 'relay', 'projector'],
        apiPort: 0,
        apiHost: '127.0.0.1',
        kafkaBrokers: env.kafkaBrokers,
        kafkaSecurity: { ssl: false },
        registryUrl: env.registryUrl,
        mongoUrl: env.mongoUrl,
        dbName: `${prefix}_${authority.toLowerCase()}`,
        topicPrefix: prefix,
        topicPartitions: 3,
        agreementsDir: opts.agreementsDir ?? join(repoRoot, 'deploy', 'agreements'),
        trustDir: join(repoRoot, 'deploy', 'trust'),
        signingKeyId: undefined,
        signingKeyFile: undefined,
        jwks: devJwksFile(authority),
        jwtIssuer: devIssuer(authority),
        jwtAudience: apiAudience(authority),
      },
      logger.child({ authority }),
    );
  }
  return {
    prefix,
    nodes,
    token: (authority, roles = ['officer']) => mintDevToken({ authority, roles, personalData: true }),
    async stop() {
      for (const node of Object.values(nodes)) {
        await node.connection.dropDatabase().catch(() => undefined);
        await node.stop();
      }
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
