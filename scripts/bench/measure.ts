// Times an operation many times and reports throughput, latency percentiles and memory, so each
// benchmark prints comparable JSON (DEVELOPERS: performance is measured by benchmarks, not tests).
export interface Measurement {
  name: string;
  iterations: number;
  opsPerSec: number;
  latencyUs: { p50: number; p90: number; p99: number; max: number };
  memory: { rssMb: number; heapUsedMb: number };
}

const round = (n: number, digits = 2): number => Number(n.toFixed(digits));

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function measure(name: string, iterations: number, op: (i: number) => void, warmup = Math.min(2000, iterations)): Measurement {
  for (let i = 0; i < warmup; i++) op(i);
  const samples = new Float64Array(iterations);
  const started = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) {
    const t0 = process.hrtime.bigint();
    op(i);
    samples[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  const totalSec = Number(process.hrtime.bigint() - started) / 1e9;
  samples.sort();
  const mem = process.memoryUsage();
  return {
    name,
    iterations,
    opsPerSec: Math.round(iterations / totalSec),
    latencyUs: { p50: round(percentile(samples, 50)), p90: round(percentile(samples, 90)), p99: round(percentile(samples, 99)), max: round(samples[samples.length - 1]!) },
    memory: { rssMb: round(mem.rss / 2 ** 20, 1), heapUsedMb: round(mem.heapUsed / 2 ** 20, 1) },
  };
}
