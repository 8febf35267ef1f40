// The pipeline benchmark's knobs: `--rate=50` on the command line or BENCH_RATE in the
// environment, each with a default and a bound, so a typo cannot start an unbounded run.
export interface PipelineOptions {
  baselineRecords: number;
  baselineConcurrency: number;
  warmupRecords: number;
  rate: number;
  durationS: number;
  maxInFlight: number;
  throughputRecords: number;
  concurrency: number;
  pollMs: number;
  drainTimeoutS: number;
}

const SPEC: Record<keyof PipelineOptions, { flag: string; fallback: number; max: number }> = {
  baselineRecords: { flag: 'baseline', fallback: 1000, max: 100_000 },
  baselineConcurrency: { flag: 'baseline-concurrency', fallback: 16, max: 256 },
  warmupRecords: { flag: 'warmup', fallback: 20, max: 1000 },
  rate: { flag: 'rate', fallback: 50, max: 5000 },
  durationS: { flag: 'duration', fallback: 20, max: 600 },
  maxInFlight: { flag: 'max-in-flight', fallback: 256, max: 4096 },
  throughputRecords: { flag: 'count', fallback: 3000, max: 100_000 },
  concurrency: { flag: 'concurrency', fallback: 16, max: 256 },
  pollMs: { flag: 'poll', fallback: 20, max: 1000 },
  drainTimeoutS: { flag: 'drain-timeout', fallback: 120, max: 1800 },
};

export function readOptions(argv: string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): PipelineOptions {
  const given = new Map(argv.filter((a) => a.startsWith('--')).map((a) => a.slice(2).split('=') as [string, string | undefined]));
  for (const flag of given.keys()) {
    if (!Object.values(SPEC).some((s) => s.flag === flag)) throw new Error(`unknown option --${flag}; known: ${Object.values(SPEC).map((s) => `--${s.flag}`).join(', ')}`);
  }
  const out = {} as PipelineOptions;
  for (const [key, { flag, fallback, max }] of Object.entries(SPEC) as [keyof PipelineOptions, (typeof SPEC)[keyof PipelineOptions]][]) {
    const envName = `BENCH_${flag.toUpperCase().replace(/-/g, '_')}`;
    const raw = given.get(flag) ?? env[envName];
    const value = raw === undefined || raw === '' ? fallback : Number(raw);
    if (!Number.isFinite(value) || value <= 0 || value > max) throw new Error(`--${flag} (${envName}) must be a number in (0, ${max}], got "${raw}"`);
    out[key] = value;
  }
  return out;
}
