// Runs a real authority process (as a deployment would) for tests that judge its start-up: its own
// process group, output captured, killed if it is still running after `exitWithinMs`.
import { spawn, type ChildProcess } from 'node:child_process';

export interface AuthorityProcess {
  child: ChildProcess;
  /** Resolves when the process exits; rejects (after killing it) if it runs past the deadline. */
  done: Promise<{ code: number | null; output: string }>;
  output(): string;
}

export function runAuthorityProcess(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; exitWithinMs: number }): AuthorityProcess {
  const child = spawn(cmd, args, { cwd: opts.cwd, detached: true, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const done = new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      reject(new Error(`authority still running after ${opts.exitWithinMs} ms; output so far:\n${output}`));
    }, opts.exitWithinMs);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
  return { child, done, output: () => output };
}
