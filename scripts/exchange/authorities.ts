// The local exchange's authorities: LA, VN and CN, each one process running all three roles
// against the local stack, started detached like the stack's components and stopped the same way.
import { join } from 'node:path';
import { endpoints, type StackConfig } from '../stack/config';
import { authorityKafkaEnv, credentialsDir } from '../stack/credentials';
import { applyExchangeAcls, exchangeAclSource } from '../stack/exchange-acls';
import { launch, logFile, rssMb, runningPid, stop } from '../stack/processes';
import { step } from '../stack/progress';
import { waitUntil } from '../stack/wait';

export const LOCAL_AUTHORITIES = [
  { code: 'LA', port: 8101, metricsPort: 9101 },
  { code: 'VN', port: 8102, metricsPort: 9102 },
  { code: 'CN', port: 8103, metricsPort: 9103 },
] as const;

const processName = (code: string): string => `authority-${code.toLowerCase()}`;
export const apiUrlOf = (port: number): string => `http://127.0.0.1:${port}`;

export async function startAuthorities(cfg: StackConfig): Promise<void> {
  const entry = join(cfg.root, 'services', 'authority', 'src', 'start.ts');
  // Each authority talks to Kafka as its own principal: the ACLs its agreements imply come first.
  const { agreementsDir, prefix } = exchangeAclSource(cfg);
  const acls = await applyExchangeAcls(cfg, agreementsDir, prefix);
  step(`Kafka ACLs for prefix "${prefix}": ${acls.total} bindings (${acls.created} created, ${acls.removed} stale removed)`);
  for (const { code, port, metricsPort } of LOCAL_AUTHORITIES) {
    const name = processName(code);
    const existing = runningPid(cfg, name);
    const pid =
      existing ??
      launch(cfg, name, {
        cmd: process.execPath,
        args: ['--import', 'tsx', entry, `--authority=${code}`],
        cwd: cfg.root,
        env: authorityEnv(cfg, code, port, metricsPort),
        marker: `--authority=${code}`,
      });
    await waitUntil(
      async () => {
        const res = await fetch(`${apiUrlOf(port)}/readyz`);
        if (!res.ok) throw new Error(`/readyz answered ${res.status}`);
      },
      { timeoutMs: cfg.readyTimeoutMs, isAlive: () => runningPid(cfg, name) === pid, describe: `authority ${code} on port ${port} (log: ${logFile(cfg, name)})` },
    );
    step(`authority ${code}: ${existing ? 'already running' : 'started'} at ${apiUrlOf(port)} (pid ${pid})`);
  }
}

export async function stopAuthorities(cfg: StackConfig, only?: string): Promise<void> {
  for (const { code } of LOCAL_AUTHORITIES) {
    if (only !== undefined && code !== only) continue;
    if (await stop(cfg, processName(code))) step(`authority ${code}: stopped`);
  }
}

/** The environment an authority process of the local exchange runs with; metrics port 0 = any free one. */
export function authorityEnv(cfg: StackConfig, code: string, port: number, metricsPort = 0): NodeJS.ProcessEnv {
  const e = endpoints(cfg);
  return {
    ...process.env,
    BEX_AUTHORITY: code,
    BEX_API_PORT: String(port),
    BEX_METRICS_PORT: String(metricsPort),
    BEX_KAFKA_BROKERS: e.kafkaBrokers,
    // SASL/SCRAM as bex-<code>; the password stays in its 0600 file under the stack's data dir.
    ...authorityKafkaEnv(credentialsDir(cfg), code),
    BEX_REGISTRY_URL: e.registryUrl,
    BEX_MONGO_URL: e.mongoUrl,
    KAFKAJS_NO_PARTITIONER_WARNING: '1',
  };
}

/** One line per local authority: running or not, pid, memory, api address. */
export function describeAuthorities(cfg: StackConfig): string[] {
  return LOCAL_AUTHORITIES.map(({ code, port }) => {
    const pid = runningPid(cfg, processName(code));
    const state = pid === undefined ? 'stopped' : `running  port=${port} pid=${pid} rss=${rssMb(pid) ?? '?'}MB ${apiUrlOf(port)}`;
    return `${`authority-${code.toLowerCase()}`.padEnd(12)} ${state}`;
  });
}
