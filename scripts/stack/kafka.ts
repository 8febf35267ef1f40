// Apache Kafka 4.3.1 in KRaft mode, one node acting as broker and controller, on loopback.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import type { Component } from './component';
import type { StackConfig } from './config';
import { findJava } from './java';
import { mavenFetch } from './maven';

const KAFKA_VERSION = '4.3.1';

const home = (cfg: StackConfig): string => join(cfg.cacheDir, `kafka-${KAFKA_VERSION}`);
const libs = (cfg: StackConfig): string => join(home(cfg), 'libs');
const logDir = (cfg: StackConfig): string => join(cfg.dataDir, 'kafka');
const configDir = (cfg: StackConfig): string => join(cfg.dataDir, 'kafka-config');

function writeConfig(cfg: StackConfig): { server: string; log4j: string } {
  mkdirSync(configDir(cfg), { recursive: true });
  const server = join(configDir(cfg), 'server.properties');
  writeFileSync(
    server,
    [
      'process.roles=broker,controller',
      'node.id=1',
      `controller.quorum.voters=1@127.0.0.1:${cfg.kafkaControllerPort}`,
      `listeners=PLAINTEXT://127.0.0.1:${cfg.kafkaPort},CONTROLLER://127.0.0.1:${cfg.kafkaControllerPort}`,
      `advertised.listeners=PLAINTEXT://127.0.0.1:${cfg.kafkaPort}`,
      'controller.listener.names=CONTROLLER',
      'inter.broker.listener.name=PLAINTEXT',
      'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
      `log.dirs=${logDir(cfg)}`,
      'num.partitions=3',
      'offsets.topic.replication.factor=1',
      'offsets.topic.num.partitions=6',
      'transaction.state.log.replication.factor=1',
      'transaction.state.log.min.isr=1',
      'share.coordinator.state.topic.replication.factor=1',
      'min.insync.replicas=1',
      // Local stack only: consumers in tests join at once instead of waiting 3 s for peers.
      'group.initial.rebalance.delay.ms=0',
      // Topics are created by the services with their own settings, never by a typo.
      'auto.create.topics.enable=false',
      'log.retention.hours=-1',
      '',
    ].join('\n'),
  );
  const log4j = join(configDir(cfg), 'log4j2.properties');
  writeFileSync(
    log4j,
    [
      'status=warn',
      'appender.out.type=Console',
      'appender.out.name=out',
      'appender.out.layout.type=PatternLayout',
      'appender.out.layout.pattern=[%d] %p %m (%c)%n',
      'rootLogger.level=INFO',
      'rootLogger.appenderRef.out.ref=out',
      'logger.kafka.name=kafka',
      'logger.kafka.level=WARN',
      'logger.kafkaServer.name=kafka.server.KafkaServer',
      'logger.kafkaServer.level=INFO',
      'logger.apache.name=org.apache.kafka',
      'logger.apache.level=WARN',
      '',
    ].join('\n'),
  );
  return { server, log4j };
}

/** Asks the running broker for its feature levels (metadata.version names the release it runs). */
export async function describeKafkaFeatures(cfg: StackConfig): Promise<string> {
  const java = await findJava(cfg);
  return execFileSync(
    java,
    ['-cp', `${libs(cfg)}/*`, `-Dlog4j2.configurationFile=${join(configDir(cfg), 'log4j2.properties')}`, 'org.apache.kafka.tools.FeatureCommand', '--bootstrap-server', `127.0.0.1:${cfg.kafkaPort}`, 'describe'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
  );
}

export const kafka: Component = {
  name: 'kafka',
  port: (cfg) => cfg.kafkaPort,

  async install(cfg) {
    await mavenFetch(`Kafka ${KAFKA_VERSION}`, libs(cfg), [
      '-f',
      join(__dirname, 'kafka-pom.xml'),
      'dependency:copy-dependencies',
      `-DoutputDirectory=${libs(cfg)}`,
    ]);
  },

  async prepare(cfg) {
    const { server } = writeConfig(cfg);
    if (existsSync(join(logDir(cfg), 'meta.properties'))) return;
    const java = await findJava(cfg);
    const cp = `${libs(cfg)}/*`;
    const clusterId = execFileSync(java, ['-cp', cp, 'kafka.tools.StorageTool', 'random-uuid'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .split('\n')
      .pop()!;
    execFileSync(java, ['-cp', cp, 'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', server], {
      stdio: 'ignore',
    });
  },

  async launchSpec(cfg) {
    const { server, log4j } = writeConfig(cfg);
    return {
      cmd: await findJava(cfg),
      args: [
        `-Xmx${cfg.kafkaHeap}`,
        `-Xms${cfg.kafkaHeap}`,
        '-XX:+UseG1GC',
        '-Djava.awt.headless=true',
        `-Dlog4j2.configurationFile=${log4j}`,
        '-cp',
        `${libs(cfg)}/*`,
        'kafka.Kafka',
        server,
      ],
      marker: server,
    };
  },

  async probe(cfg) {
    const client = new Kafka({ brokers: [`127.0.0.1:${cfg.kafkaPort}`], logLevel: logLevel.NOTHING, retry: { retries: 0 } });
    const admin = client.admin();
    await admin.connect();
    try {
      const cluster = await admin.describeCluster();
      return `Kafka ${KAFKA_VERSION}, cluster ${cluster.clusterId}, ${cluster.brokers.length} broker(s)`;
    } finally {
      await admin.disconnect();
    }
  },
};
