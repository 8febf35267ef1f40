// Starts components as detached background processes and records their pids, so `down` stops
// exactly what `up` started and nothing else: a pid is only ours while its command line still
// carries the marker we started it with.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StackConfig } from './config';

export interface LaunchSpec {
  cmd: string;
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** A string in the command line that identifies this process as ours (usually a path of ours). */
  marker: string;
}

interface PidRecord {
  pid: number;
  marker: string;
  startedAt: string;
}

export function logFile(cfg: StackConfig, name: string): string {
  return join(cfg.runDir, `${name}.log`);
}

function pidFile(cfg: StackConfig, name: string): string {
  return join(cfg.runDir, `${name}.pid.json`);
}

function commandLine(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return undefined;
  }
}

/** Whether `pid` runs the command a pid record names (a reused pid runs something else). */
export function runsMarker(pid: number, marker: string): boolean {
  return commandLine(pid)?.includes(marker) ?? false;
}

/** The pid of our running process for this component, or undefined (stale records are removed). */
export function runningPid(cfg: StackConfig, name: string): number | undefined {
  const file = pidFile(cfg, name);
  if (!existsSync(file)) return undefined;
  const record = JSON.parse(readFileSync(file, 'utf8')) as PidRecord;
  if (runsMarker(record.pid, record.marker)) return record.pid;
  rmSync(file, { force: true });
  return undefined;
}

export function launch(cfg: StackConfig, name: string, spec: LaunchSpec): number {
  mkdirSync(cfg.runDir, { recursive: true });
  const out = openSync(logFile(cfg, name), 'a');
  const child = spawn(spec.cmd, spec.args, {
    cwd: spec.cwd,
    env: spec.env ?? process.env,
    detached: true,
    stdio: ['ignore', out, out],
  });
  if (child.pid === undefined) throw new Error(`${name}: could not start ${spec.cmd}`);
  child.unref();
  const record: PidRecord = { pid: child.pid, marker: spec.marker, startedAt: new Date().toISOString() };
  writeFileSync(pidFile(cfg, name), JSON.stringify(record));
  return child.pid;
}

/** Whether a process with this pid exists (any owner). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function stop(cfg: StackConfig, name: string, graceMs = 20_000): Promise<boolean> {
  const pid = runningPid(cfg, name);
  if (pid === undefined) return false;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (alive(pid)) process.kill(pid, 'SIGKILL');
  while (alive(pid)) await new Promise((r) => setTimeout(r, 100));
  rmSync(pidFile(cfg, name), { force: true });
  return true;
}

/** Resident memory of a process in MB, read from /proc (for `status` and the closing notes). */
export function rssMb(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] ? Math.round(Number(match[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}
