// Apache Kafka 4.3.1 in KRaft mode, one node acting as broker and controller, on loopback.
// Clients authenticate with SASL/SCRAM-SHA-512 (SASL_PLAINTEXT: loopback only; a deployment adds
// TLS, SASL_SSL) and the StandardAuthorizer denies whatever no ACL allows: each authority's
// principal gets the ACLs its agreements imply (kafka-acls.ts), the stack's admin is super user.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kafka } from 'kafkajs';
import type { Component } from './component';
import type { StackConfig } from './config';
import { ADMIN_PRINCIPAL, ALL_PRINCIPALS, adminClient, REGISTRY_PRINCIPAL, SCRAM_MECHANISM, credentialsDir, ensureCredentials, saslOptions } from './credentials';
import { findJava } from './java';
import { mavenFetch } from './maven';

const KAFKA_VERSION = '4.3.1';

const home = (cfg: StackConfig): string => join(cfg.cacheDir, `kafka-${KAFKA_VERSION}`);
const libs = (cfg: StackConfig): string => join(home(cfg), 'libs');
const logDir = (cfg: StackConfig): string => join(cfg.dataDir, 'kafka');
const configDir = (cfg: StackConfig): string => join(cfg.dataDir, 'kafka-config');

/** Marks a log directory formatted with this stack's SCRAM credentials (older stacks had none). */
const scramStamp = (cfg: StackConfig): string => join(logDir(cfg), 'bex-scram-bootstrapped');

function writeConfig(cfg: StackConfig): { server: string; log4j: string } {
  mkdirSync(configDir(cfg), { recursive: true, mode: 0o700 });
  // server.properties carries the broker's own passwords (JAAS): only the user may read it.
  chmodSync(configDir(cfg), 0o700);
  const passwords = ensureCredentials(cfg);
  const admin = passwords[ADMIN_PRINCIPAL]!;
  const server = join(configDir(cfg), 'server.properties');
  writeFileSync(
    server,
    [
      'process.roles=broker,controller',
      'node.id=1',
      `controller.quorum.voters=1@127.0.0.1:${cfg.kafkaControllerPort}`,
      `listeners=SASL_PLAINTEXT://127.0.0.1:${cfg.kafkaPort},CONTROLLER://127.0.0.1:${cfg.kafkaControllerPort}`,
      `advertised.listeners=SASL_PLAINTEXT://127.0.0.1:${cfg.kafkaPort}`,
      'controller.listener.names=CONTROLLER',
      'inter.broker.listener.name=SASL_PLAINTEXT',
      'listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT',
      // Clients and the broker itself: SCRAM, whose credentials live in the cluster metadata.
      `sasl.enabled.mechanisms=${SCRAM_MECHANISM}`,
      `sasl.mechanism.inter.broker.protocol=${SCRAM_MECHANISM}`,
      `listener.name.sasl_plaintext.${SCRAM_MECHANISM.toLowerCase()}.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="${ADMIN_PRINCIPAL}" password="${admin}";`,
      // The controller listener cannot use SCRAM in KRaft (it must authenticate before metadata is
      // loaded): PLAIN with one static user, the broker's own identity. No PLAINTEXT anywhere, so no
      // anonymous principal reaches the controller either.
      'sasl.mechanism.controller.protocol=PLAIN',
      'listener.name.controller.sasl.enabled.mechanisms=PLAIN',
      `listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${ADMIN_PRINCIPAL}" password="${admin}" user_${ADMIN_PRINCIPAL}="${admin}";`,
      'authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer',
      'allow.everyone.if.no.acl.found=false',
      `super.users=User:${ADMIN_PRINCIPAL};User:${REGISTRY_PRINCIPAL}`,
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
    { mode: 0o600 },
  );
  chmodSync(server, 0o600);
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
      // A refused client (wrong password, missing ACL) is worth a line in the broker's log.
      'logger.authorizer.name=kafka.authorizer.logger',
      'logger.authorizer.level=WARN',
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
    ['-cp', `${libs(cfg)}/*`, `-Dlog4j2.configurationFile=${join(configDir(cfg), 'log4j2.properties')}`, 'org.apache.kafka.tools.FeatureCommand', '--bootstrap-server', `127.0.0.1:${cfg.kafkaPort}`, '--command-config', adminClientProperties(cfg), 'describe'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
  );
}

/** A client properties file (0600) for Kafka's own command-line tools, as the admin principal. */
export function adminClientProperties(cfg: StackConfig): string {
  const { username, password } = saslOptions(credentialsDir(cfg), ADMIN_PRINCIPAL);
  const file = join(configDir(cfg), 'admin-client.properties');
  writeFileSync(
    file,
    [
      'security.protocol=SASL_PLAINTEXT',
      `sasl.mechanism=${SCRAM_MECHANISM}`,
      `sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="${username}" password="${password}";`,
      '',
    ].join('\n'),
    { mode: 0o600 },
  );
  return file;
}

/** A kafkajs client of this stack, authenticated as the admin principal (super user). */
export function adminKafka(cfg: StackConfig, clientId = 'bex-stack'): Kafka {
  return adminClient([`127.0.0.1:${cfg.kafkaPort}`], credentialsDir(cfg), clientId);
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
    if (existsSync(join(logDir(cfg), 'meta.properties'))) {
      if (existsSync(scramStamp(cfg))) return;
      throw new Error(
        `${logDir(cfg)} was formatted before the local Kafka required SASL/SCRAM and ACLs, so it holds no credentials; ` +
          'start afresh with `npm run stack -- reset` (removes the local data) and run again',
      );
    }
    const passwords = ensureCredentials(cfg);
    const java = await findJava(cfg);
    const cp = `${libs(cfg)}/*`;
    const clusterId = execFileSync(java, ['-cp', cp, 'kafka.tools.StorageTool', 'random-uuid'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .split('\n')
      .pop()!;
    // SCRAM credentials are bootstrapped into the metadata at format time (KRaft), so the broker
    // can authenticate its first client; the passwords are on the command line for this moment only.
    const scram = ALL_PRINCIPALS.flatMap((name) => ['--add-scram', `${SCRAM_MECHANISM}=[name=${name},password=${passwords[name]}]`]);
    execFileSync(java, ['-cp', cp, 'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', server, ...scram], {
      stdio: 'ignore',
    });
    writeFileSync(scramStamp(cfg), `${ALL_PRINCIPALS.join('\n')}\n`);
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
    const admin = adminKafka(cfg, 'bex-stack-probe').admin();
    await admin.connect();
    try {
      const cluster = await admin.describeCluster();
      return `Kafka ${KAFKA_VERSION}, cluster ${cluster.clusterId}, ${cluster.brokers.length} broker(s), SASL/SCRAM + ACLs`;
    } finally {
      await admin.disconnect();
    }
  },
};
