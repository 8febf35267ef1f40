// Finds a ready local stack to run against, or starts a throwaway one under .bex/bench (database
// in memory) and stops only that one afterwards: a benchmark must not stop a stack it did not start.
import { join } from 'node:path';
import { endpoints, loadStackConfig, type StackConfig } from '../stack/config';
import { runningPid, rssMb } from '../stack/processes';
import { components, down, reset, status, up, type ComponentStatus } from '../stack/stack';
import { progress } from './stats';

export interface BenchStack {
  cfg: StackConfig;
  origin: 'user' | 'kept-test' | 'started';
  endpoints: ReturnType<typeof endpoints>;
  /** Stops the stack only if this run started it. */
  release(): Promise<void>;
}

const isReady = (list: ComponentStatus[]): boolean => list.every((s) => s.state === 'ready');

export async function ensureStack(env: NodeJS.ProcessEnv = process.env): Promise<BenchStack> {
  const userStack = loadStackConfig(env);
  const testStack = loadStackConfig({ ...env, BEX_HOME: join(userStack.root, '.bex', 'test') });
  const benchStack = loadStackConfig({ ...env, BEX_HOME: join(userStack.root, '.bex', 'bench'), BEX_DB_STORAGE: 'memory' });
  const keep = async (): Promise<void> => undefined;
  if (isReady(await status(userStack))) return { cfg: userStack, origin: 'user', endpoints: endpoints(userStack), release: keep };
  // A stack kept by `npm test` (BEX_KEEP_TEST_STACK=1) listens on the same ports; reuse, never stop.
  if (isReady(await status(testStack))) return { cfg: testStack, origin: 'kept-test', endpoints: endpoints(testStack), release: keep };
  progress(`no ready stack found; starting a throwaway one in ${benchStack.dataDir}`);
  await reset(benchStack);
  try {
    await up(benchStack);
  } catch (err) {
    await down(benchStack);
    throw err;
  }
  return { cfg: benchStack, origin: 'started', endpoints: endpoints(benchStack), release: () => down(benchStack) };
}

/** Resident memory of each stack component (MB), as `npm run stack -- status` reports it. */
export function stackMemory(cfg: StackConfig): Record<string, number | null> {
  return Object.fromEntries(
    components(cfg).map((c) => {
      const pid = runningPid(cfg, c.name);
      return [c.name, pid === undefined ? null : (rssMb(pid) ?? null)];
    }),
  );
}
