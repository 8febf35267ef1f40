// The local exchange's authorities: LA, VN and CN, each one process running all three roles
// against the local stack, started detached like the stack's components and stopped the same way.
import { AUTHORITY_MALLOC_ENV, authorityEntryArgs } from './authority-entry';
import { authorityMongoUrl, endpoints, type StackConfig } from '../stack/config';
import { authorityKafkaEnv, credentialsDir } from '../stack/credentials';
import { applyExchangeAcls, exchangeAclSource } from '../stack/exchange-acls';
import { applyStackQuotas } from '../stack/kafka-quota-admin';
import { describeQuotas } from '../stack/kafka-quotas';
import { launch, logFile, rssMb, runningPid, stop } from '../stack/processes';
import { step } from '../stack/progress';
import { waitUntil } from '../stack/wait';

export interface AuthorityPorts {
  code: 'LA' | 'VN' | 'CN';
  port: number;
  metricsPort: number;
}

export const LOCAL_AUTHORITIES: readonly AuthorityPorts[] = [
  { code: 'LA', port: 8101, metricsPort: 9101 },
  { code: 'VN', port: 8102, metricsPort: 9102 },
  { code: 'CN', port: 8103, metricsPort: 9103 },
];

export const authorityProcessName = (code: string): string => `authority-${code.toLowerCase()}`;
export const apiUrlOf = (port: number): string => `http://127.0.0.1:${port}`;

/**
 * Applies the exchange's ACLs, then starts each authority that does not run yet and waits until it
 * is ready. Other stacks (the chaos run) pass ports of their own and extra environment.
 */
export async function startAuthorities(cfg: StackConfig, authorities: readonly AuthorityPorts[] = LOCAL_AUTHORITIES, extraEnv: NodeJS.ProcessEnv = {}): Promise<void> {
  // Each authority talks to Kafka as its own principal: the ACLs its agreements imply come first.
  const { agreementsDir, prefix } = exchangeAclSource(cfg);
  const acls = await applyExchangeAcls(cfg, agreementsDir, prefix);
  step(`Kafka ACLs for prefix "${prefix}": ${acls.total} bindings (${acls.created} created, ${acls.removed} stale removed)`);
  // Quotas are per principal, not per prefix: only a stack's own start sets them, never a test exchange.
  const quotas = await applyStackQuotas(cfg, agreementsDir);
  step(`Kafka client quotas: ${describeQuotas(quotas.quotas)} (${quotas.changed} changed)`);
  for (const a of authorities) {
    const { pid, started } = await startAuthorityProcess(cfg, a, extraEnv);
    step(`authority ${a.code}: ${started ? 'started' : 'already running'} at ${apiUrlOf(a.port)} (pid ${pid})`);
  }
}

/** Starts one authority process unless it already runs, and waits for its /readyz. */
export async function startAuthorityProcess(cfg: StackConfig, a: AuthorityPorts, extraEnv: NodeJS.ProcessEnv = {}): Promise<{ pid: number; started: boolean }> {
  const name = authorityProcessName(a.code);
  const existing = runningPid(cfg, name);
  const pid =
    existing ??
    launch(cfg, name, {
      cmd: process.execPath,
      args: [...authorityEntryArgs(cfg.root), `--authority=${a.code}`],
      cwd: cfg.root,
      env: { ...authorityEnv(cfg, a.code, a.port, a.metricsPort), ...extraEnv },
      marker: `--authority=${a.code}`,
    });
  await waitUntil(
    async () => {
      const res = await fetch(`${apiUrlOf(a.port)}/readyz`);
      if (!res.ok) throw new Error(`/readyz answered ${res.status}`);
    },
    { timeoutMs: cfg.readyTimeoutMs, isAlive: () => runningPid(cfg, name) === pid, describe: `authority ${a.code} on port ${a.port} (log: ${logFile(cfg, name)})` },
  );
  return { pid, started: existing === undefined };
}

export async function stopAuthorities(cfg: StackConfig, only?: string): Promise<void> {
  for (const { code } of LOCAL_AUTHORITIES) {
    if (only !== undefined && code !== only) continue;
    if (await stop(cfg, authorityProcessName(code))) step(`authority ${code}: stopped`);
  }
}

/** The environment an authority process of the local exchange runs with; metrics port 0 = any free one. */
export function authorityEnv(cfg: StackConfig, code: string, port: number, metricsPort = 0): NodeJS.ProcessEnv {
  const e = endpoints(cfg);
  return {
    // Before the caller's environment: an operator's own malloc settings win.
    ...AUTHORITY_MALLOC_ENV,
    ...process.env,
    BEX_AUTHORITY: code,
    BEX_API_PORT: String(port),
    BEX_METRICS_PORT: String(metricsPort),
    BEX_KAFKA_BROKERS: e.kafkaBrokers,
    // SASL/SCRAM as bex-<code>; the password stays in its 0600 file under the stack's data dir.
    ...authorityKafkaEnv(credentialsDir(cfg), code),
    BEX_REGISTRY_URL: e.registryUrl,
    BEX_MONGO_URL: authorityMongoUrl(cfg, code),
    KAFKAJS_NO_PARTITIONER_WARNING: '1',
  };
}

/** One line per local authority: running or not, pid, memory, api address. */
export function describeAuthorities(cfg: StackConfig): string[] {
  return LOCAL_AUTHORITIES.map(({ code, port }) => {
    const pid = runningPid(cfg, authorityProcessName(code));
    const state = pid === undefined ? 'stopped' : `running  port=${port} pid=${pid} rss=${rssMb(pid) ?? '?'}MB ${apiUrlOf(port)}`;
    return `${`authority-${code.toLowerCase()}`.padEnd(12)} ${state}`;
  });
}
