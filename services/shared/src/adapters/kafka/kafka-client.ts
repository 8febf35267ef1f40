// One place that builds kafkajs clients, so every role logs through pino and retries the same way.
import { ConfigResourceTypes, Kafka, logLevel, type Consumer, type LogEntry, type SASLOptions } from 'kafkajs';
import type { Logger } from '../../logging/logger';
import { kafkaLogLevel } from './log-level';

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
    // kafkajs gives a connection one second by default; a TLS + SASL handshake on a busy node (or
    // across a border link) can take longer, and start-up must not fail on that.
    connectionTimeout: 10_000,
    retry: { initialRetryTime: 300, retries: 8, maxRetryTime: 10_000 },
    logCreator:
      () =>
      ({ level, log }: LogEntry) => {
        const { message, ...extra } = log;
        opts.logger[kafkaLogLevel(LEVELS[level] ?? 'info', message, extra.error)]({ kafka: extra }, message);
      },
  });
}

/**
 * Creates the topics that are missing (existing ones are left as they are) and waits until each
 * partition has a leader. kafkajs' own `waitForLeaders` gives up on the first metadata answer that
 * does not know the new topic yet ("does not host this topic-partition"), which KRaft gives for a
 * moment after creation; another authority creating the same partner inbox at once is no error.
 */
/** Topic settings applied when a topic is created, e.g. the dead-letter topic's retention. */
export type TopicSettings = Record<string, Record<string, string>>;

export async function ensureTopics(kafka: Kafka, topics: string[], numPartitions: number, timeoutMs = 30_000, settings: TopicSettings = {}, replicationFactor = -1): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t));
    if (missing.length > 0) {
      await admin.createTopics({ topics: missing.map((topic) => ({ topic, numPartitions, replicationFactor, configEntries: Object.entries(settings[topic] ?? {}).map(([name, value]) => ({ name, value })) })), waitForLeaders: false }).catch((err: { type?: string }) => {
        if (err.type !== 'TOPIC_ALREADY_EXISTS') throw err;
      });
    }
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const ready = await admin
        .fetchTopicMetadata({ topics })
        .then((m) => m.topics.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0)))
        .catch(() => false);
      if (ready) return;
      if (Date.now() > deadline) throw new Error(`topics have no leader after ${timeoutMs} ms: ${topics.join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await admin.disconnect();
  }
}

/**
 * The smallest max.message.bytes of these topics (the topic's own setting, or the broker's default
 * it inherits): the most bytes one partition's batch may carry in a produce request.
 */
export async function smallestMessageLimit(kafka: Kafka, topics: string[]): Promise<number | undefined> {
  if (topics.length === 0) return undefined;
  const admin = kafka.admin();
  await admin.connect();
  try {
    const described = await admin.describeConfigs({
      includeSynonyms: false,
      resources: topics.map((name) => ({ type: ConfigResourceTypes.TOPIC, name, configNames: ['max.message.bytes'] })),
    });
    const limits = described.resources
      .flatMap((r) => r.configEntries)
      .filter((e) => e.configName === 'max.message.bytes')
      .map((e) => Number(e.configValue))
      .filter((n) => Number.isFinite(n) && n > 0);
    return limits.length === 0 ? undefined : Math.min(...limits);
  } finally {
    await admin.disconnect();
  }
}

/**
 * Subscribes, waiting while the broker it asks does not know a topic yet: on a cluster, a topic
 * created a moment ago by this process (or a replica beside it) reaches every node's metadata a
 * little later, and kafkajs' subscribe gives up on the first "does not host this topic-partition".
 */
export async function subscribeWhenKnown(consumer: Consumer, topics: string[], timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await consumer.subscribe({ topics, fromBeginning: true });
      return;
    } catch (err) {
      const e = err as { retriable?: boolean; type?: string };
      if (Date.now() > deadline || (e.retriable !== true && e.type !== 'UNKNOWN_TOPIC_OR_PARTITION')) throw err;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
