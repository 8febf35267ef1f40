// The Markdown table of a run: where it ran and what disturbed it first, then each comparison with
// its ratio, latency per offered rate, the rebuild, plate lookups per view size, and memory.
import type { CompareReport } from './report';

const n = (v: number | null | undefined, digits = 1): string => (v === null || v === undefined || !Number.isFinite(v) ? '—' : Number(v.toFixed(digits)).toLocaleString('en-US'));
const pct = (r: number | null): string => (r === null ? '—' : `${(r * 100).toFixed(r < 0.1 ? 1 : 0)} %`);
const row = (cells: Array<string | number>): string => `| ${cells.join(' | ')} |`;

function header(r: CompareReport): string[] {
  const m = r.machine;
  const s = r.stack;
  return [
    `# bench:compare — ${r.startedAt}`,
    '',
    `- **Machine**: ${m.cores} cores (${m.cpuModel}), ${m.memoryGb} GB, Linux ${m.kernel}, Node ${m.node}`,
    `- **Stack**: ${s.origin}; ${s.versions.kafka ?? 'Kafka'} (${s.kafkaNodes} node(s), heap ${s.kafkaHeap}), ${s.versions.registry ?? 'registry'}, ${s.versions.database ?? 'database'} on **${s.storage}** (cache ${s.databaseCache}; ${s.databases})`,
    `- **Load**: load average ${r.load.loadAvgBefore.join(' ')} before, ${r.load.loadAvgAfter.join(' ')} after; other processes ${r.load.othersCpuPercentMean} % of a core on average (max ${r.load.othersCpuPercentMax} %)`,
    `- **Run**: \`${r.command}\`, ${n(r.durationS, 0)} s`,
    '',
    ...(r.warnings.length > 0 ? [...r.warnings.map((w) => `> ⚠ ${w}`), ''] : []),
  ];
}

function comparisons(r: CompareReport): string[] {
  if (r.comparisons.length === 0) return [];
  return [
    '## Beside the reference (same run, same broker, same database)',
    '',
    row(['comparison', 'BEX /s', 'reference /s', 'BEX ÷ reference']),
    row(['---', '---:', '---:', '---:']),
    ...r.comparisons.map((c) => row([c.name, `${n(c.bex.perSec)} (${c.bex.what})`, `${n(c.reference.perSec)} (${c.reference.what})`, pct(c.ratio)])),
    '',
  ];
}

function latency(r: CompareReport): string[] {
  const l = r.stages.latency;
  if (!l) return [];
  return [
    '## publish→view latency (LA api 202 → VN view), by offered rate',
    '',
    row(['offered /s', 'accepted /s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'kept up', 'VN view size']),
    row(['---:', '---:', '---:', '---:', '---:', '---:', '---', '---:'])
    ,
    ...l.rates.map((x) => {
      const v = x.run.publishToVnViewMs as { p50: number; p90: number; p99: number; max: number };
      return row([x.rate, n(x.run.achievedRatePerSec as number), n(v.p50, 0), n(v.p90, 0), n(v.p99, 0), n(v.max, 0), x.keptUp ? 'yes' : `no: ${x.reason}`, n(x.vnViewSizeAtEnd, 0)]);
    }),
    '',
    `The exchange ${l.breakingPoint.summary}.`,
    '',
  ];
}

function rebuild(r: CompareReport): string[] {
  const b = r.stages.rebuild;
  if (!b) return [];
  return [
    '## View rebuild',
    '',
    `${n(b.records, 0)} records replayed into an empty view: **${n(b.rebuild.recordsPerSec)} records/s** (${n(b.rebuild.recordsPerSecFromStart)} /s with start-up, ${n(b.rebuild.seconds)} s${b.rebuild.reached ? '' : `, stopped at ${n(b.rebuild.final, 0)}`}); last tenth ÷ first tenth: ${b.flatness ?? '—'}.`,
    '',
    row(['view size', ...b.rebuild.steps.map((s) => n(s.viewSize, 0))]),
    row(['---', ...b.rebuild.steps.map(() => '---:')]),
    row(['records/s', ...b.rebuild.steps.map((s) => n(s.recordsPerSec))]),
    '',
  ];
}

function floor(sizes: NonNullable<CompareReport['stages']['lookup']>['sizes']): string[] {
  const runs = sizes.flatMap((s) => (s.databaseAlone ? [[s.seizures, s.databaseAlone.queries], [s.seizures, s.databaseAlone.queriesAndAudit]] as const : []));
  if (runs.length === 0) return [];
  return [
    'The database alone at the same rate and concurrency (the same two queries from the driver; then each followed by a journaled audit insert, group-committed):',
    '',
    row(['seizures', 'what', '/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms']),
    row(['---:', '---', '---:', '---:', '---:', '---:', '---:']),
    ...runs.map(([size, f]) => row([n(size, 0), f.name, f.achievedRatePerSec, f.latencyMs.p50, f.latencyMs.p90, f.latencyMs.p99, f.latencyMs.max])),
    '',
  ];
}

function lookup(r: CompareReport): string[] {
  const l = r.stages.lookup;
  if (!l) return [];
  return [
    `## Plate lookup at ${l.rate} req/s offered (autocannon, ${l.connections} connections, ${l.seconds} s), every lookup audited`,
    '',
    row(['seizures', 'alerts', 'seeded /s', 'healthz p99 ms', 'lookups /s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'non-2xx', 'audited']),
    row(['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---']),
    ...l.sizes.map((s) =>
      row([n(s.seizures, 0), n(s.alerts, 0), n(s.seeding.recordsPerSec), s.healthz.latencyMs.p99, s.plateLookup.achievedRatePerSec, s.plateLookup.latencyMs.p50, s.plateLookup.latencyMs.p90, s.plateLookup.latencyMs.p99, s.plateLookup.latencyMs.max, s.plateLookup.non2xx, s.plateLookup.everyLookupAudited ? `yes (${s.plateLookup.auditEntries})` : `no (${s.plateLookup.auditEntries})`]),
    ),
    '',
    ...floor(l.sizes),
  ];
}

function memory(r: CompareReport): string[] {
  const rows = Object.entries(r.rssMb).flatMap(([stage, procs]) => Object.entries(procs ?? {}).map(([name, f]) => row([stage, name, n(f.peakMb, 0), n(f.endMb, 0)])));
  if (rows.length === 0) return [];
  return ['## Resident memory (MB)', '', row(['stage', 'process', 'peak', 'at end']), row(['---', '---', '---:', '---:']), ...rows, ''];
}

function apiCpu(r: CompareReport): string[] {
  const cpu = r.stages.api?.cpuMsPerRequest;
  if (cpu === undefined || Object.keys(cpu).length === 0) return [];
  return [`CPU per accepted request at ${r.options.apiConcurrency} in flight: ${Object.entries(cpu).map(([k, ms]) => `${k} ${n(ms, 2)} ms`).join(', ')}.`, ''];
}

function sizes(r: CompareReport): string[] {
  const s = r.stages;
  const lines = [
    s.api && `- api: outbox of ${n(s.api.outboxSizeAtEnd.append, 0)} (append) and ${n(s.api.outboxSizeAtEnd.api, 0)} (api) documents at the end`,
    s.relay && `- relay: outbox of ${n(s.relay.outboxSize, 0)} documents; ${n(s.relay.messages, 0)} messages of ${s.relay.meanMessageBytes} B on average (${s.relay.messagesPerDocument} per record)`,
    s.projector && `- projector, Connect, ceiling: each into an empty view growing to ${n(s.projector.records, 0)} documents`,
    s.rebuild && `- rebuild: empty view growing to ${n(s.rebuild.viewSizeAtEnd, 0)}`,
    s.lookup && `- lookup: ${s.lookup.sizes.map((x) => `${n(x.seizures, 0)} seizures + ${n(x.alerts, 0)} alerts`).join(', then ')}`,
  ].filter((x): x is string => typeof x === 'string');
  return lines.length === 0 ? [] : ['## View and outbox sizes at which each figure was taken', '', ...lines, ''];
}

function errors(r: CompareReport): string[] {
  const list = Object.entries(r.errors);
  return list.length === 0 ? [] : ['## Stages that failed', '', ...list.map(([stage, e]) => `- ${stage}: ${String(e).split('\n')[0]}`), ''];
}

export function renderMarkdown(r: CompareReport): string {
  return [...header(r), ...comparisons(r), ...apiCpu(r), ...latency(r), ...rebuild(r), ...lookup(r), ...memory(r), ...sizes(r), ...errors(r)].join('\n');
}
