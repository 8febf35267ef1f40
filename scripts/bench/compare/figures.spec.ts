// The pure arithmetic behind bench:compare's verdicts: ratios, rates as a view grows, when the
// exchange keeps up, the perf test's closing line, and when the machine counts as busy.
import { busyWarnings, type MachineLoad } from './busy';
import { flatness, milestones, stepRates } from './growth';
import { breakingPoint, keepsUp, nextProbeRate } from './keep-up';
import { parsePerfTestOutput } from './perf-test-output';
import { compare, ratio } from './ratio';

describe('ratio', () => {
  it('divides BEX by the reference, to three decimals', () => {
    expect(ratio(28, 112)).toBe(0.25);
    expect(ratio(2, 3)).toBe(0.667);
    expect(compare('x', { what: 'a', perSec: 50 }, { what: 'b', perSec: 25 }).ratio).toBe(2);
  });
  it('has no ratio without a reference', () => {
    expect(ratio(10, 0)).toBeNull();
    expect(ratio(10, undefined)).toBeNull();
    expect(ratio(null, 5)).toBeNull();
    expect(ratio(10, Number.NaN)).toBeNull();
  });
});

describe('growth', () => {
  it('notes every tenth of the target, at least one record apart', () => {
    expect(milestones(100)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(milestones(3)).toEqual([1, 2, 3]);
  });
  it('turns crossings into rates with the view size at the end of each step', () => {
    const steps = stepRates([
      { count: 0, atMs: 0 },
      { count: 100, atMs: 1000 },
      { count: 100, atMs: 1000 },
      { count: 200, atMs: 3000 },
    ]);
    expect(steps).toEqual([
      { viewSize: 100, recordsPerSec: 100 },
      { viewSize: 200, recordsPerSec: 50 },
    ]);
    expect(flatness(steps)).toBe(0.5);
    expect(flatness(steps.slice(0, 1))).toBeNull();
  });
});

describe('keeping up', () => {
  const ok = { offeredRatePerSec: 50, requested: 1000, accepted: 1000, skipped: 0, allArrived: true, p99Ms: 400 };
  it('keeps up when all was accepted, arrived, and p99 stayed within the bound', () => {
    expect(keepsUp(ok, 1000).keptUp).toBe(true);
  });
  it('falls behind on skipped requests, refusals, stragglers or a long p99', () => {
    expect(keepsUp({ ...ok, skipped: 3 }, 1000)).toMatchObject({ keptUp: false, reason: expect.stringContaining('in flight') });
    expect(keepsUp({ ...ok, accepted: 900 }, 1000)).toMatchObject({ keptUp: false, reason: expect.stringContaining('not accepted') });
    expect(keepsUp({ ...ok, allArrived: false }, 1000)).toMatchObject({ keptUp: false });
    expect(keepsUp({ ...ok, p99Ms: 7800 }, 1000)).toMatchObject({ keptUp: false, reason: expect.stringContaining('7800') });
  });
  it('probes half as much again past the ladder, in tens', () => {
    expect(nextProbeRate(100)).toBe(150);
    expect(nextProbeRate(150)).toBe(230);
    expect(nextProbeRate(5)).toBe(15);
  });
  it('names the last rate kept up and the first not', () => {
    expect(breakingPoint([{ rate: 50, keptUp: false }, { rate: 20, keptUp: true }, { rate: 100, keptUp: false }])).toEqual({ keptUpTo: 20, fellBehindAt: 50, summary: 'keeps up at 20/s, falls behind at 50/s' });
    expect(breakingPoint([{ rate: 20, keptUp: false }]).keptUpTo).toBeNull();
    expect(breakingPoint([{ rate: 20, keptUp: true }, { rate: 50, keptUp: true }]).summary).toBe('kept up with every rate tried, up to 50/s');
    // a rate kept up above one that was not does not count
    expect(breakingPoint([{ rate: 20, keptUp: true }, { rate: 50, keptUp: false }, { rate: 100, keptUp: true }]).keptUpTo).toBe(20);
  });
});

describe('kafka-producer-perf-test output', () => {
  it('reads the closing line, not the progress lines', () => {
    const out = [
      '[2026-01-01 00:00:00] WARN something (org.apache.kafka)',
      '23000 records sent, 4599.1 records/sec (3.10 MB/sec), 1.9 ms avg latency, 300.0 ms max latency.',
      '60000 records sent, 5123.45 records/sec (3.46 MB/sec), 3.21 ms avg latency, 312.00 ms max latency, 2 ms 50th, 8 ms 95th, 22 ms 99th, 290 ms 99.9th.',
    ].join('\n');
    expect(parsePerfTestOutput(out)).toEqual({ records: 60000, recordsPerSec: 5123.45, mbPerSec: 3.46, latencyMs: { avg: 3.21, max: 312, p50: 2, p95: 8, p99: 22, p999: 290 } });
  });
  it('says so when the tool printed no summary', () => {
    expect(() => parsePerfTestOutput('Exception in thread "main"')).toThrow(/no closing summary/);
  });
});

describe('busy machine', () => {
  const quiet: MachineLoad = { cores: 2, loadAvgBefore: [0.2, 0.3, 0.3], loadAvgAfter: [1.5, 1, 0.5], othersCpuPercentMean: 3, othersCpuPercentMax: 20, topOthers: [] };
  it('is quiet when little else ran', () => {
    expect(busyWarnings(quiet)).toEqual([]);
  });
  it('warns on a high load before the run and on other processes using CPU meanwhile', () => {
    expect(busyWarnings({ ...quiet, loadAvgBefore: [1.8, 1, 1] })[0]).toMatch(/already busy/);
    expect(busyWarnings({ ...quiet, othersCpuPercentMean: 60, othersCpuPercentMax: 120 })[0]).toMatch(/60 % of a core on average/);
    expect(busyWarnings({ ...quiet, othersCpuPercentMax: 95 })[0]).toMatch(/up to 95 %/);
  });
});
