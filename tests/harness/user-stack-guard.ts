// What the tests must leave alone: the processes of the stack `npm start` runs (infrastructure and
// authorities, each recorded as <name>.pid.json in its run directory). Only read, never changed:
// stale records stay where they are, for the user's own tools to clean up.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { StackConfig } from '../../scripts/stack/config';
import { runsMarker } from '../../scripts/stack/processes';

export interface UserStackSnapshot {
  components: Array<{ name: string; pid: number; alive: boolean }>;
}

export async function snapshotUserStack(cfg: StackConfig): Promise<UserStackSnapshot> {
  if (!existsSync(cfg.runDir)) return { components: [] };
  const components = readdirSync(cfg.runDir)
    .filter((f) => f.endsWith('.pid.json'))
    .map((f) => {
      const { pid, marker } = JSON.parse(readFileSync(join(cfg.runDir, f), 'utf8')) as { pid: number; marker: string };
      return { name: f.replace(/\.pid\.json$/, ''), pid, alive: runsMarker(pid, marker) };
    });
  return { components: components.sort((a, b) => a.name.localeCompare(b.name)) };
}

/** Every process that ran before runs after, with the same pid. */
export function compareUserStack(before: UserStackSnapshot, after: UserStackSnapshot): string[] {
  const problems: string[] = [];
  for (const was of before.components.filter((c) => c.alive)) {
    const now = after.components.find((c) => c.name === was.name);
    if (!now?.alive) problems.push(`${was.name} (pid ${was.pid}) no longer runs`);
    else if (now.pid !== was.pid) problems.push(`${was.name} was restarted (pid ${was.pid} → ${now.pid})`);
  }
  return problems;
}
