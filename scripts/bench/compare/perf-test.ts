// Kafka's own producer benchmark, org.apache.kafka.tools.ProducerPerformance (what
// kafka-producer-perf-test.sh runs), from the jars the stack already has, as the stack's admin
// over SASL/SCRAM like Kafka's other tools here: the same broker, record size and acks as the relay.
import { join } from 'node:path';
import { adminClientProperties } from '../../stack/kafka';
import type { StageContext } from './context';
import { runJava } from './java-tool';
import { parsePerfTestOutput, type PerfTestSummary } from './perf-test-output';

export interface PerfTestRun extends PerfTestSummary {
  what: string;
  recordSize: number;
  producerProps: string[];
}

export async function producerPerfTest(ctx: StageContext, topic: string, records: number, recordSize: number): Promise<PerfTestRun> {
  const cfg = ctx.stack.cfg;
  const libs = join(cfg.cacheDir, 'kafka-4.3.1', 'libs');
  // acks=all and idempotence as the relay's producer; the rest are the Java client's defaults.
  const producerProps = ['acks=all', 'enable.idempotence=true', `bootstrap.servers=${ctx.stack.endpoints.kafkaBrokers}`];
  const run = await runJava(cfg, ctx.runDir, `perf-test-${topic}`, [
    '-Xmx256m',
    '-cp',
    `${libs}/*`,
    'org.apache.kafka.tools.ProducerPerformance',
    '--topic',
    topic,
    '--num-records',
    String(records),
    '--record-size',
    String(recordSize),
    '--throughput',
    '-1',
    '--producer.config',
    adminClientProperties(cfg),
    '--producer-props',
    ...producerProps,
  ]);
  ctx.rss.track('kafka-producer-perf-test (JVM)', () => run.child.pid);
  try {
    const summary = parsePerfTestOutput(await run.done);
    return { what: 'kafka-producer-perf-test (org.apache.kafka.tools.ProducerPerformance 4.3.1)', recordSize, producerProps: producerProps.slice(0, 2), ...summary };
  } finally {
    ctx.rss.untrack('kafka-producer-perf-test (JVM)');
  }
}
