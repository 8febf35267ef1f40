// The local stack's lifecycle: install (cached), start in dependency order, await readiness,
// reuse what already runs, stop exactly what was started, report status.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { Component } from './component';
import { endpoints, type StackConfig } from './config';
import { authorityDatabases, database } from './database';
import { kafkaNodes } from './kafka';
import { launch, logFile, runningPid, rssMb, stop } from './processes';
import { step, timed } from './progress';
import { registry } from './registry';
import { portOpen, waitUntil } from './wait';

/**
 * Start order, phase by phase: the registry keeps its schemas in Kafka, so Kafka comes first. The
 * members of one phase are launched together and then awaited: a Kafka node of three is not ready
 * before a quorum of its peers runs.
 */
export const phases = (cfg: StackConfig): Component[][] => [kafkaNodes(cfg), [database, ...authorityDatabases(cfg)], [registry]];

/** Every component of this stack's shape, in start order. */
export const components = (cfg: StackConfig): Component[] => phases(cfg).flat();

export interface ComponentStatus {
  name: string;
  port: number;
  pid?: number;
  rssMb?: number;
  state: 'ready' | 'starting' | 'stopped' | 'foreign';
  detail?: string;
}

interface Launched {
  pid: number;
  existing: boolean;
  started: number;
}

async function launchOne(cfg: StackConfig, c: Component): Promise<Launched> {
  const port = c.port(cfg);
  const existing = runningPid(cfg, c.name);
  if (existing === undefined && (await portOpen(port))) {
    throw new Error(
      `${c.name}: port ${port} is already taken by a process this stack did not start; stop it or set another port (see README, "Ports")`,
    );
  }
  if (existing !== undefined) return { pid: existing, existing: true, started: Date.now() };
  await c.prepare(cfg);
  return { pid: launch(cfg, c.name, await c.launchSpec(cfg)), existing: false, started: Date.now() };
}

async function awaitReady(cfg: StackConfig, c: Component, { pid, existing, started }: Launched): Promise<ComponentStatus> {
  const port = c.port(cfg);
  const owned = pid;
  const detail = await waitUntil(() => c.probe(cfg), {
    timeoutMs: cfg.readyTimeoutMs,
    isAlive: () => runningPid(cfg, c.name) === owned,
    describe: `${c.name} on port ${port} (log: ${logFile(cfg, c.name)})`,
  });
  const verb = !existing ? `started in ${((Date.now() - started) / 1000).toFixed(1)} s` : 'already running';
  step(`${c.name}: ${verb} on 127.0.0.1:${port}, pid ${pid}: ${detail}`);
  return { name: c.name, port, pid, state: 'ready', detail, rssMb: rssMb(pid) };
}

async function startPhase(cfg: StackConfig, phase: Component[]): Promise<ComponentStatus[]> {
  const launched: Launched[] = [];
  for (const c of phase) launched.push(await launchOne(cfg, c));
  const statuses: ComponentStatus[] = [];
  for (const [i, c] of phase.entries()) statuses.push(await awaitReady(cfg, c, launched[i]!));
  return statuses;
}

/** The component of this stack named `name` (kafka, kafka-2, database, …), or an error listing them. */
export function componentNamed(cfg: StackConfig, name: string): Component {
  const c = components(cfg).find((x) => x.name === name);
  if (!c) throw new Error(`no component ${name}; use ${components(cfg).map((x) => x.name).join(', ')}`);
  return c;
}

/** Installs and starts one component alone (tests that kill a component start their own). */
export async function upOne(cfg: StackConfig, name: string): Promise<ComponentStatus> {
  const c = componentNamed(cfg, name);
  await c.install(cfg);
  return (await startPhase(cfg, [c]))[0]!;
}

/** Installs and starts the Kafka nodes alone: a test that needs a cluster of another shape than its stack's. */
export async function upKafka(cfg: StackConfig): Promise<ComponentStatus[]> {
  const nodes = kafkaNodes(cfg);
  await nodes[0]!.install(cfg);
  return startPhase(cfg, nodes);
}

/** Stops the Kafka nodes that upKafka started. */
export async function downKafka(cfg: StackConfig): Promise<void> {
  for (const c of kafkaNodes(cfg).reverse()) await stop(cfg, c.name);
}

export async function up(cfg: StackConfig): Promise<ComponentStatus[]> {
  // The nodes of one cluster share their installation: install each kind once.
  const installs = new Map(components(cfg).map((c) => [c.name.replace(/-\d+$/, ''), c]));
  for (const [name, c] of installs) await timed(`${name}: install`, () => c.install(cfg));
  const statuses: ComponentStatus[] = [];
  for (const phase of phases(cfg)) statuses.push(...(await startPhase(cfg, phase)));
  return statuses;
}

export async function down(cfg: StackConfig): Promise<void> {
  // Nodes of a cluster that was once larger are stopped too (their pid files name them), and so
  // are VN's and CN's databases whatever the layout says: bench:compare runs them on a data
  // directory `npm start` never stamped, and reset must not delete the data under a running one.
  for (const c of [...components({ ...cfg, kafkaNodes: 3, authorityDatabases: true })].reverse()) {
    const stopped = await stop(cfg, c.name);
    step(`${c.name}: ${stopped ? 'stopped' : 'was not running'}`);
  }
}

export async function status(cfg: StackConfig): Promise<ComponentStatus[]> {
  const result: ComponentStatus[] = [];
  for (const c of components(cfg)) {
    const port = c.port(cfg);
    const pid = runningPid(cfg, c.name);
    if (pid === undefined) {
      result.push({ name: c.name, port, state: (await portOpen(port)) ? 'foreign' : 'stopped' });
      continue;
    }
    try {
      result.push({ name: c.name, port, pid, rssMb: rssMb(pid), state: 'ready', detail: await c.probe(cfg) });
    } catch (err) {
      result.push({ name: c.name, port, pid, rssMb: rssMb(pid), state: 'starting', detail: (err as Error).message });
    }
  }
  return result;
}

export async function reset(cfg: StackConfig): Promise<void> {
  await down(cfg);
  rmSync(cfg.dataDir, { recursive: true, force: true });
  step(`removed data in ${cfg.dataDir} (downloads in ${cfg.cacheDir} are kept)`);
}

export function logs(cfg: StackConfig, name: string, lines = 100): string {
  componentNamed(cfg, name);
  const file = logFile(cfg, name);
  if (!existsSync(file)) return `(no log yet at ${file})`;
  return `${file}:\n${readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n')}`;
}

export function describeEndpoints(cfg: StackConfig): string {
  const e = endpoints(cfg);
  return [`Kafka bootstrap   ${e.kafkaBrokers}`, `Schema registry   ${e.registryUrl}`, `MongoDB (wire)    ${e.mongoUrl}`].join('\n');
}
