// Runs a Java tool of the Kafka distribution (or Connect) to completion or in the background,
// with the stack's JDK and a classpath, its output kept in a log file of the run.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import type { StackConfig } from '../../stack/config';
import { findJava } from '../../stack/java';

export interface JavaRun {
  child: ChildProcess;
  log: string;
  /** Resolves with the whole output once the process ends (rejects if it exits non-zero). */
  done: Promise<string>;
}

export async function runJava(cfg: StackConfig, runDir: string, name: string, args: string[]): Promise<JavaRun> {
  const java = await findJava(cfg);
  const log = join(runDir, `${name}.log`);
  const out = createWriteStream(log);
  const child = spawn(java, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  const collect = (chunk: Buffer): void => {
    text += chunk.toString('utf8');
    if (text.length > 2_000_000) text = text.slice(-1_000_000);
    out.write(chunk);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const done = new Promise<string>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      out.end();
      if (code === 0 || signal === 'SIGTERM') resolve(text);
      else reject(new Error(`${name} exited with ${code ?? signal}; log: ${log}\n${text.split('\n').slice(-20).join('\n')}`));
    });
  });
  return { child, log, done };
}

/** SIGTERM, then SIGKILL after a grace period; resolves once it is gone. */
export async function stopJava(run: JavaRun, graceMs = 15_000): Promise<void> {
  if (run.child.exitCode !== null || run.child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => run.child.once('close', () => resolve()));
  run.child.kill('SIGTERM');
  const timer = setTimeout(() => run.child.kill('SIGKILL'), graceMs);
  await gone;
  clearTimeout(timer);
}
