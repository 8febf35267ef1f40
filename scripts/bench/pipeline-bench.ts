// Benchmark: the exchange end to end on the real local stack. LA, VN and CN run in this process
// (api, relay, projector each); LA submits SeizureCases over HTTP and the benchmark times them into
// VN's view. Baseline in the same run: the durable accept alone (outbox insert, no HTTP, no Kafka).
// Usage: npm run bench:pipeline -- [--rate=50] [--duration=20] [--count=3000] [--concurrency=16]
// Prints one JSON object on stdout; progress goes to stderr.
import { registerContracts } from '../exchange/register-contracts';
import { runBaseline } from './baseline';
import { benchLogger, startBenchExchange, type BenchExchange } from './bench-exchange';
import { readOptions } from './bench-options';
import { ensureStack, stackMemory, type BenchStack } from './bench-stack';
import { seizureBody, steadyRate, throughput, warmUp, type ScenarioNodes } from './scenarios';
import { watchProcessLoad } from './process-load';
import { heapUsedMb, progress, rssMb } from './stats';

process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';

async function main(): Promise<void> {
  const opts = readOptions();
  const memory: Record<string, unknown> = { processRssMb: { atStart: rssMb() } };
  const rss = memory.processRssMb as Record<string, number>;
  let stack: BenchStack | undefined;
  let exchange: BenchExchange | undefined;
  // Ctrl-C still stops what this run started (the exchange's databases, a throwaway stack).
  const cleanup = async (): Promise<void> => {
    await exchange?.stop();
    exchange = undefined;
    await stack?.release();
    stack = undefined;
  };
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
  try {
    stack = await ensureStack();
    progress(`stack: ${stack.origin} (${stack.cfg.runDir})`);
    await registerContracts(stack.endpoints.registryUrl);
    const stackBefore = stackMemory(stack.cfg);

    const logger = benchLogger();

    // Before the exchange starts, so no relay or projector shares the process with the baseline.
    progress(`A: baseline, ${opts.baselineRecords} outbox appends sequentially, ${opts.baselineConcurrency} at a time, then over HTTP`);
    const baselineDb = `bench_baseline_${Date.now().toString(36)}`;
    const baseline = await runBaseline(stack.endpoints.mongoUrl, baselineDb, opts.baselineRecords, opts.baselineConcurrency, logger, seizureBody);
    rss.afterBaseline = rssMb();

    exchange = await startBenchExchange(stack.endpoints, ['LA', 'VN', 'CN'], logger);
    rss.exchangeStarted = rssMb();
    progress(`exchange ${exchange.prefix} started`);
    const nodes: ScenarioNodes = { la: exchange.node('LA'), vn: exchange.node('VN'), submitTo: exchange.target('LA', 'seizure-cases') };

    progress(`warm-up: ${opts.warmupRecords} records`);
    const warmup = await warmUp(nodes, opts.warmupRecords, opts.pollMs);

    progress(`B: steady rate, ${opts.rate}/s for ${opts.durationS} s`);
    let load = watchProcessLoad();
    const steady = await steadyRate(nodes, { rate: opts.rate, durationS: opts.durationS, maxInFlight: opts.maxInFlight, pollMs: opts.pollMs, drainTimeoutMs: opts.drainTimeoutS * 1000 });
    steady.processLoad = load.stop();
    rss.afterSteadyRate = rssMb();

    progress(`C: throughput, ${opts.throughputRecords} records, ${opts.concurrency} in flight`);
    load = watchProcessLoad();
    const sustained = await throughput(nodes, { count: opts.throughputRecords, concurrency: opts.concurrency, pollMs: opts.pollMs, drainTimeoutMs: opts.drainTimeoutS * 1000 });
    sustained.processLoad = load.stop();
    rss.afterThroughput = rssMb();
    memory.processHeapUsedMb = heapUsedMb();
    memory.stackRssMb = { before: stackBefore, after: stackMemory(stack.cfg) };

    const result = {
      benchmark: 'pipeline',
      config: { ...opts, stack: stack.origin, authorities: ['LA', 'VN', 'CN'], record: 'SeizureCase (botenSeizure), shared LA→LA, LA→VN, LA→CN', node: process.version },
      baseline,
      warmup,
      steadyRate: steady,
      throughput: sustained,
      memory,
    };
    await cleanup();
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await cleanup();
  }
}

// Exits explicitly: a client library may keep a timer alive after everything was closed.
main().then(
  () => process.exit(0),
  (err: unknown) => {
    progress(`failed: ${(err as Error).stack ?? String(err)}`);
    process.exit(1);
  },
);
