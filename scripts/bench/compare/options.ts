// bench:compare's knobs. Every one is a flag (`--records=20000`) with a default for the full run
// and a smaller one for `--quick` (a few thousand records, seconds per stage); `--grow` takes the
// lookup and the rebuild up to a million seizures. Bounds stop a typo from starting an endless run.
export const STAGES = ['api', 'relay', 'projector', 'latency', 'rebuild', 'lookup'] as const;
export type Stage = (typeof STAGES)[number];

export interface CompareOptions {
  quick: boolean;
  grow: boolean;
  /** `throwaway`: a disk stack of its own on separate ports, removed at the end; `user`: the running one. */
  stack: 'throwaway' | 'user';
  keepStack: boolean;
  stages: Stage[];
  out: string;
  kafkaPort: number;
  registryPort: number;
  dbPort: number;
  /** Outbox documents the relay sends (each to LA, VN and CN), the projector, Connect and the ceiling write. */
  records: number;
  apiRecords: number;
  apiConcurrency: number;
  rates: number[];
  rateDurationS: number;
  /** Past the ladder, rates go up by half each step until the exchange falls behind or this is reached. */
  maxRate: number;
  /** A rate is kept up when all offered reached VN's view with publish→view p99 at most this. */
  keepUpMs: number;
  rebuildRecords: number;
  lookupSizes: number[];
  lookupRate: number;
  lookupSeconds: number;
  /** autocannon's connections: at most connections ÷ latency requests a second get through. */
  lookupConnections: number;
  connectTasks: number;
  ceilingBatch: number;
  drainTimeoutS: number;
}

type NumberKey = { [K in keyof CompareOptions]: CompareOptions[K] extends number ? K : never }[keyof CompareOptions];
type ListKey = 'rates' | 'lookupSizes';

interface NumberSpec {
  flag: string;
  full: number;
  quick: number;
  grow?: number;
  min: number;
  max: number;
}

const NUMBERS: Record<NumberKey, NumberSpec> = {
  kafkaPort: { flag: 'kafka-port', full: 29092, quick: 29092, min: 1024, max: 65534 },
  registryPort: { flag: 'registry-port', full: 28081, quick: 28081, min: 1024, max: 65534 },
  dbPort: { flag: 'db-port', full: 27617, quick: 27617, min: 1024, max: 65535 },
  records: { flag: 'records', full: 20_000, quick: 2_000, min: 10, max: 2_000_000 },
  apiRecords: { flag: 'api-records', full: 2_000, quick: 300, min: 10, max: 200_000 },
  apiConcurrency: { flag: 'api-concurrency', full: 16, quick: 16, min: 1, max: 256 },
  rateDurationS: { flag: 'rate-duration', full: 20, quick: 5, min: 1, max: 600 },
  maxRate: { flag: 'max-rate', full: 400, quick: 150, min: 1, max: 5_000 },
  keepUpMs: { flag: 'keep-up-ms', full: 2_000, quick: 2_000, min: 10, max: 600_000 },
  rebuildRecords: { flag: 'rebuild-records', full: 100_000, quick: 3_000, grow: 1_000_000, min: 10, max: 5_000_000 },
  lookupRate: { flag: 'lookup-rate', full: 300, quick: 300, min: 1, max: 20_000 },
  lookupSeconds: { flag: 'lookup-seconds', full: 15, quick: 5, min: 1, max: 600 },
  lookupConnections: { flag: 'lookup-connections', full: 8, quick: 8, min: 1, max: 1_000 },
  connectTasks: { flag: 'connect-tasks', full: 1, quick: 1, min: 1, max: 64 },
  ceilingBatch: { flag: 'ceiling-batch', full: 500, quick: 500, min: 1, max: 100_000 },
  drainTimeoutS: { flag: 'drain-timeout', full: 900, quick: 180, min: 1, max: 36_000 },
};

const LISTS: Record<ListKey, { flag: string; full: number[]; quick: number[]; grow?: number[]; max: number }> = {
  rates: { flag: 'rates', full: [20, 50, 100], quick: [20, 50, 100], max: 5_000 },
  lookupSizes: { flag: 'lookup-sizes', full: [100_000], quick: [5_000], grow: [100_000, 1_000_000], max: 5_000_000 },
};

const OTHER_FLAGS = ['quick', 'grow', 'stack', 'keep', 'stages', 'out', 'help'];

export const USAGE = [
  'npm run bench:compare -- [--quick] [--grow] [--stack=throwaway|user] [--keep] [--stages=api,relay,projector,latency,rebuild,lookup] [--out=bench-results]',
  ...Object.values(NUMBERS).map((s) => `  --${s.flag}=N (default ${s.full}, quick ${s.quick}${s.grow ? `, grow ${s.grow}` : ''})`),
  ...Object.values(LISTS).map((s) => `  --${s.flag}=a,b,... (default ${s.full.join(',')}, quick ${s.quick.join(',')}${s.grow ? `, grow ${s.grow.join(',')}` : ''})`),
].join('\n');

export class OptionError extends Error {}

function parseArgs(argv: readonly string[]): Map<string, string> {
  const given = new Map<string, string>();
  for (const arg of argv) {
    if (!arg.startsWith('--')) throw new OptionError(`unexpected argument "${arg}"\n${USAGE}`);
    const [name, ...rest] = arg.slice(2).split('=');
    given.set(name!, rest.length === 0 ? 'true' : rest.join('='));
  }
  const known = [...OTHER_FLAGS, ...Object.values(NUMBERS).map((s) => s.flag), ...Object.values(LISTS).map((s) => s.flag)];
  for (const name of given.keys()) if (!known.includes(name)) throw new OptionError(`unknown option --${name}\n${USAGE}`);
  return given;
}

function numberOf(flag: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) throw new OptionError(`--${flag} must be a number in [${min}, ${max}], got "${raw}"`);
  return value;
}

export function readCompareOptions(argv: readonly string[] = process.argv.slice(2)): CompareOptions {
  const given = parseArgs(argv);
  const quick = given.get('quick') === 'true';
  const grow = given.get('grow') === 'true';
  const pick = <T>(s: { full: T; quick: T; grow?: T }): T => (grow && s.grow !== undefined ? s.grow : quick ? s.quick : s.full);
  const out: Partial<CompareOptions> = {};
  for (const [key, spec] of Object.entries(NUMBERS) as [NumberKey, NumberSpec][]) {
    const raw = given.get(spec.flag);
    out[key] = raw === undefined ? pick(spec) : numberOf(spec.flag, raw, spec.min, spec.max);
  }
  for (const [key, spec] of Object.entries(LISTS) as [ListKey, (typeof LISTS)[ListKey]][]) {
    const raw = given.get(spec.flag);
    const list = raw === undefined ? pick(spec) : raw.split(',').map((v) => numberOf(spec.flag, v, 1, spec.max));
    if (list.length === 0) throw new OptionError(`--${spec.flag} needs at least one value`);
    out[key] = [...list].sort((a, b) => a - b);
  }
  const stack = given.get('stack') ?? 'throwaway';
  if (stack !== 'throwaway' && stack !== 'user') throw new OptionError(`--stack must be "throwaway" or "user", got "${stack}"`);
  const stages = (given.get('stages') ?? STAGES.join(',')).split(',').map((s) => s.trim());
  const unknown = stages.filter((s) => !(STAGES as readonly string[]).includes(s));
  if (unknown.length > 0) throw new OptionError(`--stages: unknown ${unknown.join(', ')}; known: ${STAGES.join(', ')}`);
  return {
    ...(out as CompareOptions),
    quick,
    grow,
    stack,
    keepStack: given.get('keep') === 'true',
    stages: STAGES.filter((s) => stages.includes(s)),
    out: given.get('out') ?? 'bench-results',
    // the projector stage reads what the relay stage sent: asking for it alone brings the relay along
    ...(stages.includes('projector') && !stages.includes('relay') ? { stages: STAGES.filter((s) => stages.includes(s) || s === 'relay') } : {}),
  };
}

export const wantsHelp = (argv: readonly string[] = process.argv.slice(2)): boolean => argv.includes('--help');
