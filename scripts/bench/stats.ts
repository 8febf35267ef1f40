// Latency summaries shared by the pipeline benchmark's scenarios: nearest-rank percentiles in
// milliseconds, rounded so the printed JSON stays readable.
export interface LatencySummary {
  count: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

const round = (n: number, digits = 1): number => Number(n.toFixed(digits));

export function summarise(samplesMs: readonly number[]): LatencySummary {
  if (samplesMs.length === 0) return { count: 0, p50: 0, p90: 0, p99: 0, max: 0, mean: 0 };
  const sorted = Float64Array.from(samplesMs).sort();
  const at = (p: number): number => round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return { count: sorted.length, p50: at(50), p90: at(90), p99: at(99), max: round(sorted[sorted.length - 1]!), mean: round(sum / sorted.length) };
}

export const perSecond = (count: number, ms: number): number => (ms <= 0 ? 0 : round((count * 1000) / ms));

export const rssMb = (): number => round(process.memoryUsage().rss / 2 ** 20);
export const heapUsedMb = (): number => round(process.memoryUsage().heapUsed / 2 ** 20);

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Progress goes to stderr so stdout carries only the result JSON. */
export const progress = (message: string): void => void process.stderr.write(`[bench] ${message}\n`);
