// Readiness: probe until it answers or the deadline passes; the error names what to read.
import { connect } from 'node:net';

export function portOpen(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = connect({ port, host });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolvePromise(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolvePromise(false);
    });
    socket.once('error', () => resolvePromise(false));
  });
}

export async function waitUntil<T>(
  probe: () => Promise<T>,
  opts: { timeoutMs: number; isAlive: () => boolean; describe: string },
): Promise<T> {
  const deadline = Date.now() + opts.timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (!opts.isAlive()) throw new Error(`${opts.describe}: the process exited before it was ready`);
    try {
      return await probe();
    } catch (err) {
      lastError = err;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const reason = lastError instanceof Error ? lastError.message : String(lastError);
  throw new Error(`${opts.describe}: not ready after ${opts.timeoutMs / 1000} s (last probe: ${reason})`);
}
