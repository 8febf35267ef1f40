// kill -9 of a component, for the fault tests and the chaos run, returning only once the process
// is gone and its port is closed: the kernel drops a dying process's memory (and /proc cmdline)
// before its sockets, and a process in the middle of an fsync dies only when the write is done, so
// a restart right after the signal can find the port still taken.
import type { StackConfig } from './config';
import { alive, runningPid } from './processes';
import { portOpen } from './wait';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function killHard(cfg: StackConfig, name: string, port: number, timeoutMs = 30_000): Promise<number> {
  const pid = runningPid(cfg, name);
  if (pid === undefined) throw new Error(`${name} is not running, nothing to kill`);
  process.kill(pid, 'SIGKILL');
  const deadline = Date.now() + timeoutMs;
  while ((runningPid(cfg, name) === pid || alive(pid)) && Date.now() < deadline) await sleep(50);
  while ((await portOpen(port)) && Date.now() < deadline) await sleep(100);
  if (alive(pid) || (await portOpen(port))) throw new Error(`${name} (pid ${pid}) still holds port ${port} ${timeoutMs} ms after SIGKILL`);
  return pid;
}
