// One authority role as a process of its own (tsx, the sources), for tests that strike it at a
// chosen moment: its JSON log lines are watched as they come, so a test can act on a line such as
// the relay's "producing" within a few milliseconds of the process writing it.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { eventually } from './test-exchange';

const root = join(__dirname, '..', '..');

export interface RoleProcess {
  child: ChildProcess;
  lines(): Array<Record<string, unknown>>;
  /** Resolves with the first log line whose msg is `msg` (seen before or after the call). */
  line(msg: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** Runs `action` the moment the first line with this msg is written (once). */
  when(msg: string, action: () => void): void;
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

/** The sources through tsx by default; `args` runs something else with node, e.g. the compiled start. */
export function startRoleProcess(env: NodeJS.ProcessEnv, args: string[] = ['--import', 'tsx', join(root, 'services', 'authority', 'src', 'start.ts')]): RoleProcess {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const parsed: Array<Record<string, unknown>> = [];
  const triggers: Array<{ msg: string; fire: () => void }> = [];
  let pending = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const complete = pending.split('\n');
    pending = complete.pop()!;
    for (const text of complete) {
      if (!text.startsWith('{')) continue;
      let line: Record<string, unknown>;
      try {
        line = JSON.parse(text) as Record<string, unknown>;
      } catch {
        continue;
      }
      parsed.push(line);
      for (const t of triggers.filter((x) => x.msg === line.msg)) t.fire();
    }
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const gone = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const alive = () => child.exitCode === null && child.signalCode === null;
  const kill9 = async () => {
    if (alive()) process.kill(-child.pid!, 'SIGKILL');
    await gone;
  };
  return {
    child,
    lines: () => parsed,
    line: (msg, timeoutMs = 60_000) =>
      eventually(async () => {
        const found = parsed.find((l) => l.msg === msg);
        if (found === undefined && !alive()) throw new Error(`process exited before logging "${msg}":\n${parsed.slice(-20).map((l) => JSON.stringify(l)).join('\n')}\n${stderr.slice(-2000)}`);
        return found;
      }, timeoutMs, 50),
    when: (msg, action) => {
      let fired = false;
      triggers.push({ msg, fire: () => (fired ? undefined : ((fired = true), action())) });
    },
    kill9,
    async stop() {
      if (alive()) process.kill(-child.pid!, 'SIGTERM');
      await gone;
    },
  };
}
