// Reads the closing line of Kafka's ProducerPerformance (kafka-producer-perf-test):
// "N records sent, R records/sec (M MB/sec), A ms avg latency, X ms max latency, P ms 50th, P ms 95th, P ms 99th, P ms 99.9th."
export interface PerfTestSummary {
  records: number;
  recordsPerSec: number;
  mbPerSec: number;
  latencyMs: { avg: number; max: number; p50: number; p95: number; p99: number; p999: number };
}

const CLOSING =
  /(\d+) records sent, ([\d.]+) records\/sec \(([\d.]+) MB\/sec\), ([\d.]+) ms avg latency, ([\d.]+) ms max latency, (\d+) ms 50th, (\d+) ms 95th, (\d+) ms 99th, (\d+) ms 99\.9th/;

export function parsePerfTestOutput(output: string): PerfTestSummary {
  const lines = output.split('\n').filter((l) => CLOSING.test(l));
  const m = CLOSING.exec(lines[lines.length - 1] ?? '');
  if (!m) throw new Error(`no closing summary in kafka-producer-perf-test output:\n${output.split('\n').slice(-15).join('\n')}`);
  const n = (i: number): number => Number(m[i]);
  return { records: n(1), recordsPerSec: n(2), mbPerSec: n(3), latencyMs: { avg: n(4), max: n(5), p50: n(6), p95: n(7), p99: n(8), p999: n(9) } };
}
