// One place that builds kafkajs clients, so every role logs through pino and retries the same way.
import { Kafka, logLevel, type LogEntry, type SASLOptions } from 'kafkajs';
import type { Logger } from '../../logging/logger';

const LEVELS: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

/** How an authority authenticates to a shared broker, so the broker's per-authority ACLs apply. */
export interface KafkaSecurity {
  ssl: boolean;
  sasl?: { mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512'; username: string; password: string };
}

export function createKafka(opts: { clientId: string; brokers: string[]; logger: Logger; security?: KafkaSecurity }): Kafka {
  process.env.KAFKAJS_NO_PARTITIONER_WARNING ??= '1';
  return new Kafka({
    clientId: opts.clientId,
    brokers: opts.brokers,
    ssl: opts.security?.ssl ?? false,
    ...(opts.security?.sasl ? { sasl: opts.security.sasl as SASLOptions } : {}),
    logLevel: logLevel.WARN,
    retry: { initialRetryTime: 300, retries: 8, maxRetryTime: 10_000 },
    logCreator:
      () =>
      ({ level, log }: LogEntry) => {
        const { message, ...extra } = log;
        opts.logger[LEVELS[level] ?? 'info']({ kafka: extra }, message);
      },
  });
}

/** Creates the topics that are missing; existing ones are left as they are. */
export async function ensureTopics(kafka: Kafka, topics: string[], numPartitions: number): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t));
    if (missing.length > 0) {
      await admin.createTopics({ topics: missing.map((topic) => ({ topic, numPartitions })), waitForLeaders: true });
    }
  } finally {
    await admin.disconnect();
  }
}
