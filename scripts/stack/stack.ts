// The local stack's lifecycle: install (cached), start in dependency order, await readiness,
// reuse what already runs, stop exactly what was started, report status.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { Component } from './component';
import { endpoints, type StackConfig } from './config';
import { database } from './database';
import { kafka } from './kafka';
import { launch, logFile, runningPid, rssMb, stop } from './processes';
import { step, timed } from './progress';
import { registry } from './registry';
import { portOpen, waitUntil } from './wait';

/** Start order: the registry keeps its schemas in Kafka, so Kafka comes first. */
export const components: Component[] = [kafka, database, registry];

export interface ComponentStatus {
  name: string;
  port: number;
  pid?: number;
  rssMb?: number;
  state: 'ready' | 'starting' | 'stopped' | 'foreign';
  detail?: string;
}

async function startOne(cfg: StackConfig, c: Component): Promise<ComponentStatus> {
  const port = c.port(cfg);
  const existing = runningPid(cfg, c.name);
  if (existing === undefined && (await portOpen(port))) {
    throw new Error(
      `${c.name}: port ${port} is already taken by a process this stack did not start; stop it or set another port (see README, "Ports")`,
    );
  }
  let pid = existing;
  if (pid === undefined) {
    await c.prepare(cfg);
    pid = launch(cfg, c.name, await c.launchSpec(cfg));
  }
  const started = Date.now();
  const owned = pid;
  const detail = await waitUntil(() => c.probe(cfg), {
    timeoutMs: cfg.readyTimeoutMs,
    isAlive: () => runningPid(cfg, c.name) === owned,
    describe: `${c.name} on port ${port} (log: ${logFile(cfg, c.name)})`,
  });
  const verb = existing === undefined ? `started in ${((Date.now() - started) / 1000).toFixed(1)} s` : 'already running';
  step(`${c.name}: ${verb} on 127.0.0.1:${port}, pid ${pid}: ${detail}`);
  return { name: c.name, port, pid, state: 'ready', detail, rssMb: rssMb(pid) };
}

/** Installs and starts one component alone (tests that kill a component start their own). */
export async function upOne(cfg: StackConfig, name: string): Promise<ComponentStatus> {
  const c = components.find((x) => x.name === name);
  if (!c) throw new Error(`no component ${name}; use ${components.map((x) => x.name).join(', ')}`);
  await c.install(cfg);
  return startOne(cfg, c);
}

export async function up(cfg: StackConfig): Promise<ComponentStatus[]> {
  for (const c of components) await timed(`${c.name}: install`, () => c.install(cfg));
  const statuses: ComponentStatus[] = [];
  for (const c of components) statuses.push(await startOne(cfg, c));
  return statuses;
}

export async function down(cfg: StackConfig): Promise<void> {
  for (const c of [...components].reverse()) {
    const stopped = await stop(cfg, c.name);
    step(`${c.name}: ${stopped ? 'stopped' : 'was not running'}`);
  }
}

export async function status(cfg: StackConfig): Promise<ComponentStatus[]> {
  const result: ComponentStatus[] = [];
  for (const c of components) {
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
  if (!components.some((c) => c.name === name)) {
    throw new Error(`unknown component "${name}"; one of: ${components.map((c) => c.name).join(', ')}`);
  }
  const file = logFile(cfg, name);
  if (!existsSync(file)) return `(no log yet at ${file})`;
  return `${file}:\n${readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n')}`;
}

export function describeEndpoints(cfg: StackConfig): string {
  const e = endpoints(cfg);
  return [`Kafka bootstrap   ${e.kafkaBrokers}`, `Schema registry   ${e.registryUrl}`, `MongoDB (wire)    ${e.mongoUrl}`].join('\n');
}
