// `npm run chaos -- [--count=10000] [--seed=1] [--faults-per-kind=2] [--rate=20] [--concurrency=16]
//   [--kinds=authority,database,kafka,registry] [--drain-deadline-s=600] [--kafka-nodes=3|1]
//   [--link-cut-s=180 (0: none)] [--keep]`
// Prints the JSON report last (also written to .bex/chaos/report.json); exits 1 on any difference.
// `npm run chaos -- --hostile [...]` runs the hostile fuzz run instead (scripts/hostile/cli.ts).
import { resolve } from 'node:path';
import { defaultChaosOptions, FAULT_KINDS, type ChaosOptions, type FaultKind } from './options';
import { hostileMain } from '../hostile/cli';
import { runChaos } from './run-chaos';

function parse(argv: readonly string[]): ChaosOptions {
  const opts = defaultChaosOptions(resolve(__dirname, '..', '..'));
  for (const arg of argv) {
    const [name, value = ''] = arg.replace(/^--/, '').split('=');
    const num = (): number => {
      const n = Number(value);
      if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} needs a positive number, got "${value}"`);
      return n;
    };
    switch (name) {
      case 'count': opts.count = Math.floor(num()); break;
      case 'seed': opts.seed = Math.floor(num()); break;
      case 'faults-per-kind': opts.faultsPerKind = value === '0' ? 0 : Math.floor(num()); break;
      case 'rate': opts.rate = num(); break;
      case 'concurrency': opts.concurrency = Math.floor(num()); break;
      case 'drain-deadline-s': opts.drainDeadlineMs = num() * 1000; break;
      case 'keep': opts.keep = true; break;
      case 'link-cut-s': opts.linkCutMs = value === '0' ? 0 : num() * 1000; break;
      case 'kafka-nodes':
        if (value !== '1' && value !== '3') throw new Error(`--kafka-nodes must be 1 or 3, got "${value}"`);
        opts.kafkaNodes = value === '3' ? 3 : 1;
        break;
      case 'kinds': {
        const kinds = value.split(',').filter(Boolean);
        const bad = kinds.filter((k) => !(FAULT_KINDS as readonly string[]).includes(k));
        if (bad.length > 0) throw new Error(`--kinds: unknown ${bad.join(', ')}; use ${FAULT_KINDS.join(',')}`);
        opts.kinds = kinds as FaultKind[];
        break;
      }
      default:
        throw new Error(`unknown option ${arg}; see scripts/chaos/cli.ts`);
    }
  }
  return opts;
}

async function main(): Promise<void> {
  if (process.argv.includes('--hostile')) return hostileMain(process.argv.slice(2));
  const report = await runChaos(parse(process.argv.slice(2)));
  console.log(JSON.stringify(report, null, 2));
  process.exit(report.ok ? 0 : 1);
}

main().catch((err: unknown) => {
  console.error(`[bex] chaos: ${(err as Error).stack ?? String(err)}`);
  process.exit(2);
});
