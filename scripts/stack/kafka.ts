// Apache Kafka 4.3.1 in KRaft mode on loopback: one node acting as broker and controller (the
// default, for speed), or three such nodes forming one cluster (BEX_KAFKA_NODES=3): replication
// factor 3 and min.insync.replicas=2 by default, so one node may die without losing an
// acknowledged record or stopping writes (the shape of a deployment, DESIGN §5).
// Clients authenticate with SASL/SCRAM-SHA-512 (SASL_PLAINTEXT: loopback only; a deployment adds
// TLS, SASL_SSL) and the StandardAuthorizer denies whatever no ACL allows: each authority's
// principal gets the ACLs its agreements imply (kafka-acls.ts), the stack's admin is super user.
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Kafka } from 'kafkajs';
import type { Component } from './component';
import { kafkaBrokerList, kafkaNodePorts, type StackConfig } from './config';
import { ADMIN_PRINCIPAL, ALL_PRINCIPALS, adminClient, REGISTRY_PRINCIPAL, SCRAM_MECHANISM, credentialsDir, ensureCredentials, saslOptions } from './credentials';
import { findJava } from './java';
import { ensureKafkaTls } from './kafka-tls';
import { mavenFetch } from './maven';

const KAFKA_VERSION = '4.3.1';
const execFileAsync = promisify(execFile);

const home = (cfg: StackConfig): string => join(cfg.cacheDir, `kafka-${KAFKA_VERSION}`);
const libs = (cfg: StackConfig): string => join(home(cfg), 'libs');
/** Node 1 keeps the directories a one-node stack always had, so existing data stays where it was. */
const nodeName = (node: number): string => (node === 1 ? 'kafka' : `kafka-${node}`);
const logDir = (cfg: StackConfig, node: number): string => join(cfg.dataDir, nodeName(node));
const configDir = (cfg: StackConfig, node = 1): string => join(cfg.dataDir, `${nodeName(node)}-config`);

/** Marks a log directory formatted with this stack's SCRAM credentials (older stacks had none). */
const scramStamp = (cfg: StackConfig, node: number): string => join(logDir(cfg, node), 'bex-scram-bootstrapped');
/** How many nodes the cluster was formatted for: a one-node log cannot join a three-node quorum. */
const nodesStamp = (cfg: StackConfig): string => join(logDir(cfg, 1), 'bex-cluster-nodes');
/** One cluster id for every node, chosen when the first node is formatted. */
const clusterIdFile = (cfg: StackConfig): string => join(cfg.dataDir, 'kafka-cluster-id');

async function writeConfig(cfg: StackConfig, node: number): Promise<{ server: string; log4j: string }> {
  const dir = configDir(cfg, node);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // server.properties carries the broker's own passwords (JAAS): only the user may read it.
  chmodSync(dir, 0o700);
  const passwords = ensureCredentials(cfg);
  const admin = passwords[ADMIN_PRINCIPAL]!;
  const { broker, controller, tls } = kafkaNodePorts(cfg, node);
  const tlsFiles = cfg.kafkaTls ? await ensureKafkaTls(cfg) : undefined;
  const scramJaas = `org.apache.kafka.common.security.scram.ScramLoginModule required username="${ADMIN_PRINCIPAL}" password="${admin}";`;
  // The TLS listener: same SCRAM users and ACLs, encrypted; the brokers still talk among themselves
  // on the loopback plaintext listener.
  const tlsLines = tlsFiles === undefined ? [] : [
    `listener.name.sasl_ssl.${SCRAM_MECHANISM.toLowerCase()}.sasl.jaas.config=${scramJaas}`,
    'ssl.keystore.type=PKCS12',
    `ssl.keystore.location=${tlsFiles.keystore}`,
    `ssl.keystore.password=${tlsFiles.password}`,
    `ssl.key.password=${tlsFiles.password}`,
    'ssl.truststore.type=PKCS12',
    `ssl.truststore.location=${tlsFiles.truststore}`,
    `ssl.truststore.password=${tlsFiles.password}`,
  ];
  const tlsListener = tlsFiles === undefined ? '' : `,SASL_SSL://127.0.0.1:${tls}`;
  // One node only: another network reaches this node, not its peers.
  const linkListener = cfg.kafkaLinkListener === undefined || node !== 1 ? '' : `,LINK://${cfg.kafkaLinkListener}`;
  const linkLines = linkListener === '' ? [] : [`listener.name.link.${SCRAM_MECHANISM.toLowerCase()}.sasl.jaas.config=${scramJaas}`];
  const voters = Array.from({ length: cfg.kafkaNodes }, (_, i) => `${i + 1}@127.0.0.1:${kafkaNodePorts(cfg, i + 1).controller}`).join(',');
  // Replicated topics only where there are replicas: rf 3 with min ISR 2 acknowledges a record
  // once two nodes hold it, so a node lost later loses nothing and writes go on.
  const rf = cfg.kafkaNodes;
  const minIsr = Math.min(2, cfg.kafkaNodes);
  const server = join(dir, 'server.properties');
  writeFileSync(
    server,
    [
      'process.roles=broker,controller',
      `node.id=${node}`,
      `controller.quorum.voters=${voters}`,
      `listeners=SASL_PLAINTEXT://127.0.0.1:${broker},CONTROLLER://127.0.0.1:${controller}${tlsListener}${linkListener}`,
      `advertised.listeners=SASL_PLAINTEXT://127.0.0.1:${broker}${tlsListener}${linkListener}`,
      'controller.listener.names=CONTROLLER',
      'inter.broker.listener.name=SASL_PLAINTEXT',
      'listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT,SASL_SSL:SASL_SSL,LINK:SASL_PLAINTEXT',
      // Clients and the broker itself: SCRAM, whose credentials live in the cluster metadata.
      `sasl.enabled.mechanisms=${SCRAM_MECHANISM}`,
      `sasl.mechanism.inter.broker.protocol=${SCRAM_MECHANISM}`,
      `listener.name.sasl_plaintext.${SCRAM_MECHANISM.toLowerCase()}.sasl.jaas.config=${scramJaas}`,
      ...tlsLines,
      ...linkLines,
      // The controller listener cannot use SCRAM in KRaft (it must authenticate before metadata is
      // loaded): PLAIN with one static user, the broker's own identity. No PLAINTEXT anywhere, so no
      // anonymous principal reaches the controller either.
      'sasl.mechanism.controller.protocol=PLAIN',
      'listener.name.controller.sasl.enabled.mechanisms=PLAIN',
      `listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${ADMIN_PRINCIPAL}" password="${admin}" user_${ADMIN_PRINCIPAL}="${admin}";`,
      'authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer',
      'allow.everyone.if.no.acl.found=false',
      `super.users=User:${ADMIN_PRINCIPAL};User:${REGISTRY_PRINCIPAL}`,
      `log.dirs=${logDir(cfg, node)}`,
      'num.partitions=3',
      `default.replication.factor=${rf}`,
      `offsets.topic.replication.factor=${rf}`,
      'offsets.topic.num.partitions=6',
      `transaction.state.log.replication.factor=${rf}`,
      `transaction.state.log.min.isr=${minIsr}`,
      `share.coordinator.state.topic.replication.factor=${rf}`,
      `share.coordinator.state.topic.min.isr=${minIsr}`,
      `min.insync.replicas=${minIsr}`,
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
  const log4j = join(dir, 'log4j2.properties');
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
    ['-cp', `${libs(cfg)}/*`, `-Dlog4j2.configurationFile=${join(configDir(cfg), 'log4j2.properties')}`, 'org.apache.kafka.tools.FeatureCommand', '--bootstrap-server', kafkaBrokerList(cfg).join(','), '--command-config', adminClientProperties(cfg), 'describe'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
  );
}

/**
 * Runs one of Kafka's own command-line tools (a main class of the distribution's jars) against the
 * running broker as the admin principal, and returns what it printed. For what kafkajs cannot do,
 * such as client quotas and SCRAM users: kafkajs 2.2.4 has no AlterClientQuotas request.
 */
export async function runKafkaTool(cfg: StackConfig, mainClass: string, args: readonly string[]): Promise<string> {
  const java = await findJava(cfg);
  const argv = ['-cp', `${libs(cfg)}/*`, `-Dlog4j2.configurationFile=${join(configDir(cfg), 'log4j2.properties')}`, mainClass, '--bootstrap-server', kafkaBrokerList(cfg).join(','), '--command-config', adminClientProperties(cfg), ...args];
  const { stdout } = await execFileAsync(java, argv, { encoding: 'utf8', timeout: 120_000 }).catch((err: { stderr?: string; message: string }) => {
    throw new Error(`${mainClass} ${args.join(' ')} failed: ${err.stderr?.trim() || err.message}`);
  });
  return stdout;
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
  return adminClient(kafkaBrokerList(cfg), credentialsDir(cfg), clientId);
}

/** Node n of the local cluster (1-based); node 1 is named plain `kafka`, as the one-node stack always was. */
export function kafkaNode(node: number): Component {
  return {
    name: nodeName(node),
    port: (cfg) => kafkaNodePorts(cfg, node).broker,

    async install(cfg) {
      await mavenFetch(`Kafka ${KAFKA_VERSION}`, libs(cfg), [
        '-f',
        join(__dirname, 'kafka-pom.xml'),
        'dependency:copy-dependencies',
        `-DoutputDirectory=${libs(cfg)}`,
      ]);
    },

    async prepare(cfg) {
      const { server } = await writeConfig(cfg, node);
      if (existsSync(join(logDir(cfg, node), 'meta.properties'))) {
        if (!existsSync(scramStamp(cfg, node))) {
          throw new Error(
            `${logDir(cfg, node)} was formatted before the local Kafka required SASL/SCRAM and ACLs, so it holds no credentials; ` +
              'start afresh with `npm run stack -- reset` (removes the local data) and run again',
          );
        }
        const formattedFor = existsSync(nodesStamp(cfg)) ? readFileSync(nodesStamp(cfg), 'utf8').trim() : '1';
        if (formattedFor !== String(cfg.kafkaNodes)) {
          throw new Error(
            `${cfg.dataDir} holds a Kafka cluster of ${formattedFor} node(s), but BEX_KAFKA_NODES asks for ${cfg.kafkaNodes}; ` +
              'a KRaft quorum cannot change its size here: start afresh with `npm run stack -- reset` or keep the old setting',
          );
        }
        return;
      }
      const passwords = ensureCredentials(cfg);
      const java = await findJava(cfg);
      const cp = `${libs(cfg)}/*`;
      if (!existsSync(clusterIdFile(cfg))) {
        const fresh = execFileSync(java, ['-cp', cp, 'kafka.tools.StorageTool', 'random-uuid'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
          .trim()
          .split('\n')
          .pop()!;
        writeFileSync(clusterIdFile(cfg), `${fresh}\n`);
      }
      const clusterId = readFileSync(clusterIdFile(cfg), 'utf8').trim();
      // SCRAM credentials are bootstrapped into the metadata at format time (KRaft), so the broker
      // can authenticate its first client; the passwords are on the command line for this moment only.
      const scram = ALL_PRINCIPALS.flatMap((name) => ['--add-scram', `${SCRAM_MECHANISM}=[name=${name},password=${passwords[name]}]`]);
      execFileSync(java, ['-cp', cp, 'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', server, ...scram], { stdio: 'ignore' });
      writeFileSync(scramStamp(cfg, node), `${ALL_PRINCIPALS.join('\n')}\n`);
      if (node === 1) writeFileSync(nodesStamp(cfg), `${cfg.kafkaNodes}\n`);
    },

    async launchSpec(cfg) {
      const { server, log4j } = await writeConfig(cfg, node);
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
      // This node itself must answer: a cluster answering through another node is not enough.
      const admin = adminClient([`127.0.0.1:${kafkaNodePorts(cfg, node).broker}`], credentialsDir(cfg), 'bex-stack-probe').admin();
      await admin.connect();
      try {
        const cluster = await admin.describeCluster();
        if (!cluster.brokers.some((b) => b.nodeId === node)) throw new Error(`node ${node} has not joined cluster ${cluster.clusterId} yet`);
        return `Kafka ${KAFKA_VERSION}, node ${node} of ${cfg.kafkaNodes}, cluster ${cluster.clusterId}, ${cluster.brokers.length} broker(s) up, SASL/SCRAM + ACLs`;
      } finally {
        await admin.disconnect();
      }
    },
  };
}

/** The nodes of the configured cluster, all started before any is awaited (a quorum needs two). */
export const kafkaNodes = (cfg: StackConfig): Component[] => Array.from({ length: cfg.kafkaNodes }, (_, i) => kafkaNode(i + 1));
