// The Markdown table and the SVG chart of a run, from a small report made here.
import { renderMarkdown } from './render-markdown';
import { escapeXml, latencyPoints, renderSvg } from './render-svg';
import type { CompareReport } from './report';

const report = {
  benchmark: 'compare',
  startedAt: '2026-01-02T03:04:05.000Z',
  durationS: 321,
  command: 'npm run bench:compare -- --quick',
  machine: { cores: 2, cpuModel: 'Test CPU', memoryGb: 24, kernel: '6.1', node: 'v22.0.0' },
  load: { cores: 2, loadAvgBefore: [0.1, 0.2, 0.3], loadAvgAfter: [1, 1, 1], othersCpuPercentMean: 2, othersCpuPercentMax: 9, topOthers: [] },
  warnings: ['other processes used 60 % of a core on average <busy>'],
  stack: { origin: 'a throwaway stack', home: '/x', kafkaNodes: 1, storage: 'disk', databases: 'one process per authority (LA, VN, CN)', databaseCache: '256M', kafkaHeap: '512m', registryHeap: '384m', ports: {}, versions: { kafka: 'Kafka 4.3.1', registry: 'Apicurio Registry 3.3.3', database: 'SecantusDB 0.7.0b3' } },
  comparisons: [
    { name: 'relay vs kafka-producer-perf-test', bex: { what: 'relay', perSec: 300 }, reference: { what: 'perf test', perSec: 12000 }, ratio: 0.025 },
    { name: 'projector vs ceiling', bex: { what: 'projector', perSec: 28 }, reference: { what: 'bulkWrite', perSec: 450 }, ratio: 0.062 },
    { name: 'api vs append', bex: { what: 'api', perSec: 500 }, reference: { what: 'append', perSec: 250 }, ratio: 2 },
  ],
  stages: {
    latency: {
      rates: [
        { rate: 20, keptUp: true, reason: 'ok', vnViewSizeAtEnd: 100, run: { achievedRatePerSec: 20, publishToVnViewMs: { p50: 300, p90: 500, p99: 800, max: 900 } } },
        { rate: 50, keptUp: false, reason: 'publish→view p99 7800 ms > 2000 ms', vnViewSizeAtEnd: 350, run: { achievedRatePerSec: 49, publishToVnViewMs: { p50: 4000, p90: 7000, p99: 7800, max: 8000 } } },
      ],
      breakingPoint: { keptUpTo: 20, fellBehindAt: 50, summary: 'keeps up at 20/s, falls behind at 50/s' },
    },
    rebuild: { records: 3000, seeding: { recordsPerSec: 4000, seconds: 1 }, rebuild: { target: 3000, reached: true, final: 3000, recordsPerSec: 310.5, recordsPerSecFromStart: 250, seconds: 12, steps: [{ viewSize: 1500, recordsPerSec: 320 }, { viewSize: 3000, recordsPerSec: 300 }], pollEveryMs: 250 }, flatness: 0.94, viewSizeAtEnd: 3000 },
  },
  stageSeconds: {},
  errors: { lookup: 'Error: boom\n    at somewhere' },
  rssMb: { relay: { 'relay (LA, relay role only)': { peakMb: 150, endMb: null } } },
} as unknown as CompareReport;

describe('renderMarkdown', () => {
  const md = renderMarkdown(report);
  it('says where it ran and warns first', () => {
    expect(md).toContain('2 cores (Test CPU), 24 GB');
    expect(md).toContain('Kafka 4.3.1 (1 node(s), heap 512m), Apicurio Registry 3.3.3, SecantusDB 0.7.0b3 on **disk** (cache 256M; one process per authority (LA, VN, CN))');
    expect(md).toContain('> ⚠ other processes used 60 %');
  });
  it('has a row per comparison with its ratio as a percentage', () => {
    expect(md).toContain('| relay vs kafka-producer-perf-test | 300 (relay) | 12,000 (perf test) | 2.5 % |');
    expect(md).toContain('| api vs append | 500 (api) | 250 (append) | 200 % |');
  });
  it('has latency by rate, the breaking point, the rebuild by view size, memory and failures', () => {
    expect(md).toContain('| 50 | 49 | 4,000 | 7,000 | 7,800 | 8,000 | no: publish→view p99 7800 ms > 2000 ms | 350 |');
    expect(md).toContain('The exchange keeps up at 20/s, falls behind at 50/s.');
    expect(md).toContain('**310.5 records/s**');
    expect(md).toContain('| view size | 1,500 | 3,000 |');
    expect(md).toContain('| relay | relay (LA, relay role only) | 150 | — |');
    expect(md).toContain('- lookup: Error: boom');
    expect(md).not.toContain('at somewhere');
  });
});

describe('renderSvg', () => {
  const svg = renderSvg(report);
  it('is one well-formed svg document with escaped text', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('&lt;busy&gt;');
    expect(svg).not.toContain('<busy>');
    expect(escapeXml('a & "b"')).toBe('a &amp; &quot;b&quot;');
  });
  it('draws a pair of bars per comparison, the larger at full width, and the ratio', () => {
    expect(svg).toContain('width="440"');
    expect(svg).toContain('BEX 300');
    expect(svg).toContain('ref 12,000');
    expect(svg).toContain('2.5 %');
    expect(svg).toContain('200 %');
  });
  it('draws p50 and p99 per offered rate, marking the rates it fell behind at', () => {
    expect(latencyPoints(report)).toEqual([
      { rate: 20, p50: 300, p99: 800, keptUp: true },
      { rate: 50, p50: 4000, p99: 7800, keptUp: false },
    ]);
    expect(svg).toContain('50 records/s (fell behind)');
    expect(svg).toContain('p99 7,800');
  });
});
