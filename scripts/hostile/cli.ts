// `npm run chaos -- --hostile [--messages=10000] [--rate=20] [--duration-s=120] [--seed=1] [--drain-timeout-s=120]`
// The hostile fuzz run (run-hostile.ts). Prints the JSON report last (also written to
// .bex/hostile/report.json); exits 1 when a bar is missed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_HOSTILE_OPTIONS, runHostile, type HostileOptions } from './run-hostile';

export function parseHostileOptions(argv: readonly string[]): HostileOptions {
  const o = { ...DEFAULT_HOSTILE_OPTIONS };
  for (const arg of argv) {
    if (arg === '--hostile') continue;
    const [name, value = ''] = arg.replace(/^--/, '').split('=');
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} needs a positive number, got "${value}"`);
    switch (name) {
      case 'messages': o.messages = Math.floor(n); break;
      case 'rate': o.rate = n; break;
      case 'duration-s': o.durationS = n; break;
      case 'seed': o.seed = Math.floor(n); break;
      case 'drain-timeout-s': o.drainTimeoutS = n; break;
      default: throw new Error(`unknown option ${arg}; see scripts/hostile/cli.ts`);
    }
  }
  return o;
}

export async function hostileMain(argv: readonly string[]): Promise<void> {
  const report = await runHostile(parseHostileOptions(argv));
  const dir = resolve(__dirname, '..', '..', '.bex', 'hostile');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(report, null, 2));
  process.exit(report.ok ? 0 : 1);
}
