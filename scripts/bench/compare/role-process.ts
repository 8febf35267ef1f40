// Runs an authority's roles as a process of its own, as `npm start` does (compiled: node
// dist/services/authority/src/start.js, built first if the sources changed), against the
// benchmark's stack, topic prefix and database, so each role's resident memory is its own and the
// load generator does not share its event loop.
// Ready once the operations listener answers /healthz (and the api /readyz, when it runs).
import { createServer } from 'node:net';
import type { StackConfig } from '../../stack/config';
import { authorityEntryArgs } from '../../exchange/authority-entry';
import { authorityEnv } from '../../exchange/authorities';
import { launch, logFile, runningPid, stop } from '../../stack/processes';
import { waitUntil } from '../../stack/wait';

export interface RoleProcess {
  name: string;
  pid: number;
  apiUrl: string | undefined;
  metricsUrl: string;
  /** The pid while it runs, for the memory watch. */
  runningPid(): number | undefined;
  stop(): Promise<void>;
}

export interface RoleSpec {
  authority: 'LA' | 'VN' | 'CN';
  roles: Array<'api' | 'relay' | 'projector'>;
  prefix: string;
  dbName: string;
  env?: NodeJS.ProcessEnv;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** `runDir` keeps the pid files and logs of the benchmark's processes apart from the stack's. */
export async function startRoles(cfg: StackConfig, runDir: string, spec: RoleSpec): Promise<RoleProcess> {
  const local: StackConfig = { ...cfg, runDir };
  const name = `${spec.authority.toLowerCase()}-${spec.roles.join('+')}-${spec.prefix}`;
  const apiPort = spec.roles.includes('api') ? await freePort() : 0;
  const metricsPort = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...authorityEnv(cfg, spec.authority, apiPort, metricsPort),
    BEX_ROLES: spec.roles.join(','),
    BEX_TOPIC_PREFIX: spec.prefix,
    BEX_MONGO_DB: spec.dbName,
    // The benchmark is one token subject sending hundreds a second from one address: the
    // per-subject and per-address budgets would answer 429 and measure the limiter, not the exchange.
    BEX_RATE_LIMIT_PER_MINUTE: '10000000',
    BEX_RATE_LIMIT_BURST: '1000000',
    BEX_RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '10000000',
    BEX_RATE_LIMIT_PER_ADDRESS_BURST: '1000000',
    LOG_LEVEL: 'warn',
    ...spec.env,
  };
  const pid = launch(local, name, {
    cmd: process.execPath,
    // BENCH_CPU_PROF_DIR=dir writes each role process's V8 CPU profile there when it stops (node
    // refuses --cpu-prof in NODE_OPTIONS).
    args: [...(process.env.BENCH_CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`] : []), ...authorityEntryArgs(cfg.root), `--bench-compare=${name}`],
    cwd: cfg.root,
    env,
    marker: `--bench-compare=${name}`,
  });
  const metricsUrl = `http://127.0.0.1:${metricsPort}`;
  const apiUrl = apiPort === 0 ? undefined : `http://127.0.0.1:${apiPort}`;
  try {
    await waitUntil(
      async () => {
        const health = await fetch(`${metricsUrl}/healthz`);
        if (!health.ok) throw new Error(`/healthz answered ${health.status}`);
        if (apiUrl) {
          const ready = await fetch(`${apiUrl}/readyz`);
          if (!ready.ok) throw new Error(`/readyz answered ${ready.status}`);
        }
      },
      { timeoutMs: cfg.readyTimeoutMs, isAlive: () => runningPid(local, name) === pid, describe: `${name} (log: ${logFile(local, name)})` },
    );
  } catch (err) {
    await stop(local, name);
    throw err;
  }
  return { name, pid, apiUrl, metricsUrl, runningPid: () => runningPid(local, name), stop: async () => void (await stop(local, name, 30_000)) };
}
