// What the figures were taken on, and what else ran meanwhile: cores, memory, CPU model, the load
// average, and (sampled from /proc every few seconds) the CPU used by processes this run did not
// start or measure, so a busy machine is reported next to the figures instead of hiding in them.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import type { MachineLoad } from './busy';

export interface Machine {
  cores: number;
  cpuModel: string;
  memoryGb: number;
  kernel: string;
  node: string;
}

export function describeMachine(): Machine {
  const list = cpus();
  return { cores: list.length, cpuModel: list[0]?.model.trim() ?? 'unknown', memoryGb: Number((totalmem() / 2 ** 30).toFixed(1)), kernel: release(), node: process.version };
}

const load = (): [number, number, number] => loadavg().map((n) => Number(n.toFixed(2))) as [number, number, number];

interface ProcStat {
  pid: number;
  ppid: number;
  command: string;
  ticks: number;
}

/** A process's parent, command and utime + stime in clock ticks (100 a second on Linux); undefined once it is gone. */
function readStat(pid: number): ProcStat | undefined {
  try {
    const raw = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = raw.lastIndexOf(')');
    const fields = raw.slice(close + 2).split(' ');
    return { pid, ppid: Number(fields[1]), command: raw.slice(raw.indexOf('(') + 1, close), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return undefined; // the process ended meanwhile
  }
}

/** Every process's stat. */
function readAll(): Map<number, ProcStat> {
  const out = new Map<number, ProcStat>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readStat(Number(name));
    if (stat !== undefined) out.set(stat.pid, stat);
  }
  return out;
}

const TICKS_PER_SEC = 100;

/** CPU time (user + system) a process has used so far, in ms; undefined once it is gone. */
export function cpuMsOf(pid: number): number | undefined {
  const stat = readStat(pid);
  return stat === undefined ? undefined : (stat.ticks * 1000) / TICKS_PER_SEC;
}

/** Watches the CPU of processes that are neither this one, its descendants, nor pids marked as measured. */
export class MachineWatch {
  private readonly measured = new Set<number>([process.pid]);
  private last = readAll();
  private lastAt = Date.now();
  private readonly samples: number[] = [];
  private readonly byCommand = new Map<string, { pid: number; ticks: number }>();
  private readonly loadBefore = load();
  private readonly startedAt = Date.now();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly everyMs = 3000) {}

  /** A process the run measures (a stack component of the user's stack, say): its CPU is not "other". */
  measure(pid: number | undefined): void {
    if (pid !== undefined) this.measured.add(pid);
  }

  start(): void {
    this.timer ??= setInterval(() => this.sample(), this.everyMs);
    this.timer.unref();
  }

  private isOurs(pid: number, all: Map<number, ProcStat>): boolean {
    for (let p: number | undefined = pid, hops = 0; p !== undefined && p > 1 && hops < 64; p = all.get(p)?.ppid, hops++) {
      if (this.measured.has(p)) return true;
    }
    return false;
  }

  private sample(): void {
    const now = readAll();
    const at = Date.now();
    let others = 0;
    for (const [pid, s] of now) {
      const before = this.last.get(pid);
      if (!before || before.command !== s.command || this.isOurs(pid, now)) continue;
      const delta = s.ticks - before.ticks;
      if (delta <= 0) continue;
      others += delta;
      const key = `${s.command}#${pid}`;
      this.byCommand.set(key, { pid, ticks: (this.byCommand.get(key)?.ticks ?? 0) + delta });
    }
    const seconds = (at - this.lastAt) / 1000;
    if (seconds > 0) this.samples.push(Number(((others / TICKS_PER_SEC / seconds) * 100).toFixed(1)));
    this.last = now;
    this.lastAt = at;
  }

  stop(): MachineLoad {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    const seconds = Math.max(1, (Date.now() - this.startedAt) / 1000);
    const mean = this.samples.length === 0 ? 0 : this.samples.reduce((a, b) => a + b, 0) / this.samples.length;
    const topOthers = [...this.byCommand.entries()]
      .map(([key, v]) => ({ pid: v.pid, command: key.slice(0, key.lastIndexOf('#')), cpuPercent: Number(((v.ticks / TICKS_PER_SEC / seconds) * 100).toFixed(1)) }))
      .sort((a, b) => b.cpuPercent - a.cpuPercent)
      .slice(0, 5);
    return {
      cores: describeMachine().cores,
      loadAvgBefore: this.loadBefore,
      loadAvgAfter: load(),
      othersCpuPercentMean: Number(mean.toFixed(1)),
      othersCpuPercentMax: this.samples.length === 0 ? 0 : Math.max(...this.samples),
      topOthers,
    };
  }
}
