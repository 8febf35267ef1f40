// `npm run bench:compare`: one command, one run, the same broker, database and record sizes for
// BEX and for the references beside it: the relay beside kafka-producer-perf-test, the projector
// beside Kafka Connect's MongoDB sink and the driver's raw bulk upsert, the api beside a raw outbox
// append; then publish→view latency by offered rate, a view rebuild, plate lookups, and the memory
// of every process. Prints the JSON on stdout (progress on stderr) and writes JSON, Markdown and an
// SVG chart under bench-results/. Options: options.ts (`--help`).
import { registerContracts } from '../../exchange/register-contracts';
import { ensureDevIdentity } from '../../dev-identity';
import { status } from '../../stack/stack';
import { benchLogger } from '../bench-exchange';
import { progress } from '../stats';
import { busyWarnings } from './busy';
import { openStack, type CompareStack } from './compare-stack';
import { createContext, type StageContext } from './context';
import { describeMachine, MachineWatch } from './machine';
import { OptionError, readCompareOptions, USAGE, wantsHelp, type CompareOptions, type Stage } from './options';
import type { CompareReport, StageResults } from './report';
import { apiStage } from './stage-api';
import { latencyStage } from './stage-latency';
import { lookupStage } from './stage-lookup';
import { projectorStage } from './stage-projector';
import { rebuildStage } from './stage-rebuild';
import { relayStage } from './stage-relay';
import { writeReport } from './write-report';

process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';
// stdout carries the result JSON alone: the stack's own progress lines (console.log) go to stderr.
const printResult = (text: string): boolean => process.stdout.write(`${text}\n`);
console.log = (...args: unknown[]): void => console.error(...args);

async function runStage(stage: Stage, ctx: StageContext, results: StageResults): Promise<void> {
  switch (stage) {
    case 'api':
      results.api = await apiStage(ctx);
      return;
    case 'relay':
      results.relay = await relayStage(ctx);
      return;
    case 'projector':
      if (!results.relay) throw new Error('the projector reads what the relay stage sent, and the relay stage did not finish');
      results.projector = await projectorStage(ctx, results.relay.prefix, results.relay.documents);
      return;
    case 'latency':
      results.latency = await latencyStage(ctx);
      return;
    case 'rebuild':
      results.rebuild = await rebuildStage(ctx);
      return;
    case 'lookup':
      results.lookup = await lookupStage(ctx);
      return;
  }
}

/** "Kafka 4.3.1, node 1 of 1, …" → "Kafka 4.3.1": what each component said it is when probed. */
async function versions(stack: CompareStack): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const s of await status(stack.cfg)) out[s.name] = (s.detail ?? s.state).split(',')[0]!.replace(/ \(reports .*$/, '').trim();
  return out;
}

function extraWarnings(o: CompareOptions, stack: CompareStack): string[] {
  const w: string[] = [];
  if (stack.cfg.databaseStorage === 'memory') w.push('the database ran in memory: users run it on disk, where every figure is lower');
  if (o.quick) w.push('--quick: small counts and short stages; the figures show the shape, not the numbers to quote');
  return w;
}

async function main(): Promise<void> {
  if (wantsHelp()) {
    printResult(USAGE);
    return;
  }
  const o = readCompareOptions();
  const startedAt = new Date().toISOString();
  const t0 = Date.now();
  const watch = new MachineWatch();
  watch.start();
  ensureDevIdentity();
  const stack = await openStack(o);
  const ctx = createContext(o, stack, benchLogger());
  let cleaned = false;
  const cleanup = async (): Promise<void> => {
    if (cleaned) return;
    cleaned = true;
    await ctx.cleanup().catch((err: unknown) => progress(`cleanup: ${(err as Error).message}`));
    await stack.release();
  };
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
  const results: StageResults = {};
  const errors: CompareReport['errors'] = {};
  const stageSeconds: CompareReport['stageSeconds'] = {};
  const rssMb: CompareReport['rssMb'] = {};
  try {
    for (const name of await stack.componentNames()) {
      watch.measure(stack.pidOf(name));
      ctx.rss.track(name, () => stack.pidOf(name));
    }
    ctx.rss.track('bench:compare (this process: load, watchers)', () => process.pid);
    await registerContracts(stack.endpoints.registryUrl);
    rssMb['stack-idle'] = ctx.rss.take();
    for (const stage of o.stages) {
      const s0 = Date.now();
      try {
        await runStage(stage, ctx, results);
      } catch (err) {
        errors[stage] = (err as Error).stack ?? String(err);
        progress(`${stage} failed: ${(err as Error).message}`);
      }
      stageSeconds[stage] = Math.round((Date.now() - s0) / 1000);
      rssMb[stage] = ctx.rss.take();
    }
    const load = watch.stop();
    const report: CompareReport = {
      benchmark: 'compare',
      startedAt,
      durationS: Math.round((Date.now() - t0) / 1000),
      command: `npm run bench:compare -- ${process.argv.slice(2).join(' ')}`.trim(),
      options: o,
      machine: describeMachine(),
      load,
      warnings: [...busyWarnings(load), ...extraWarnings(o, stack)],
      stack: { ...stack.describe, versions: await versions(stack) },
      comparisons: [results.relay, results.projector, results.api].flatMap((r) => r?.comparisons ?? []),
      stages: results,
      stageSeconds,
      errors,
      rssMb,
    };
    const files = writeReport(stack.cfg.root, o.out, report);
    printResult(JSON.stringify(report, null, 2));
    progress(`wrote ${files.json}, ${files.markdown}, ${files.svg} (and latest.* beside them)`);
    if (Object.keys(errors).length > 0) process.exitCode = 1;
  } finally {
    await cleanup();
  }
}

// Exits explicitly: a client library may keep a timer alive after everything was closed.
main().then(
  () => process.exit(process.exitCode ?? 0),
  (err: unknown) => {
    progress(err instanceof OptionError ? err.message : `failed: ${(err as Error).stack ?? String(err)}`);
    process.exit(err instanceof OptionError ? 2 : 1);
  },
);
