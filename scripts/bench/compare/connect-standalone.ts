// Kafka Connect 4.3 standalone with MongoDB's sink connector (mongo-kafka-connect 2.0.1), both
// from Maven Central (connect-pom.xml, cached under .bex/cache), authenticated to the stack's Kafka
// as its admin over SASL/SCRAM, writing a topic into a collection of the stack's database with the
// same write concern as the projector (majority, journaled).
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { authorityMongoUrl } from '../../stack/config';
import { ADMIN_PRINCIPAL, SCRAM_MECHANISM, saslOptions } from '../../stack/credentials';
import { mavenFetch } from '../../stack/maven';
import type { StageContext } from './context';
import { runJava, stopJava, type JavaRun } from './java-tool';
import { freePort } from './role-process';

export const CONNECT_VERSION = '4.3.1';
export const MONGO_CONNECTOR_VERSION = '2.0.1';
const CONNECTOR_NAME = 'bex-bench-mongo-sink';
/** A sink connector's consumer group is connect-<its name>. */
export const CONNECT_GROUP = `connect-${CONNECTOR_NAME}`;

const libsDir = (ctx: StageContext): string => join(ctx.stack.cfg.cacheDir, `kafka-connect-${CONNECT_VERSION}-mongo-${MONGO_CONNECTOR_VERSION}`, 'libs');

export async function installConnect(ctx: StageContext): Promise<void> {
  const libs = libsDir(ctx);
  await mavenFetch(`Kafka Connect ${CONNECT_VERSION} + MongoDB sink ${MONGO_CONNECTOR_VERSION}`, libs, ['-f', join(__dirname, 'connect-pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${libs}`]);
}

export interface SinkSpec {
  topic: string;
  database: string;
  collection: string;
  tasks: number;
}

function security(ctx: StageContext): string[] {
  const { username, password } = saslOptions(ctx.stack.endpoints.kafkaCredentialsDir, ADMIN_PRINCIPAL);
  const jaas = `org.apache.kafka.common.security.scram.ScramLoginModule required username="${username}" password="${password}";`;
  // The worker's own clients, and the sink tasks' consumer and admin, each take their own settings.
  return ['', 'consumer.', 'producer.', 'admin.'].flatMap((p) => [`${p}security.protocol=SASL_PLAINTEXT`, `${p}sasl.mechanism=${SCRAM_MECHANISM}`, `${p}sasl.jaas.config=${jaas}`]);
}

function writeProperties(file: string, lines: string[]): string {
  writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return file;
}

export async function startConnect(ctx: StageContext, sink: SinkSpec): Promise<JavaRun> {
  await installConnect(ctx);
  const dir = ctx.runDir;
  const worker = writeProperties(join(dir, 'connect-worker.properties'), [
    `bootstrap.servers=${ctx.stack.endpoints.kafkaBrokers}`,
    ...security(ctx),
    'key.converter=org.apache.kafka.connect.storage.StringConverter',
    'value.converter=org.apache.kafka.connect.storage.StringConverter',
    `offset.storage.file.filename=${join(dir, 'connect.offsets')}`,
    // Committed offsets are how the benchmark follows the sink (committed-count.ts): every second.
    'offset.flush.interval.ms=1000',
    `listeners=http://127.0.0.1:${await freePort()}`,
  ]);
  const connector = writeProperties(join(dir, 'connect-mongo-sink.properties'), [
    `name=${CONNECTOR_NAME}`,
    'connector.class=com.mongodb.kafka.connect.MongoSinkConnector',
    `tasks.max=${sink.tasks}`,
    `topics=${sink.topic}`,
    // VN's database process, where the projector it is compared with writes.
    `connection.uri=${authorityMongoUrl(ctx.stack.cfg, 'VN').replace('?', '?w=majority&journal=true&')}`,
    `database=${sink.database}`,
    `collection=${sink.collection}`,
    // The view document carries its own _id (source:recordId): replace-or-insert by it.
    'document.id.strategy=com.mongodb.kafka.connect.sink.processor.id.strategy.ProvidedInValueStrategy',
    'writemodel.strategy=com.mongodb.kafka.connect.sink.writemodel.strategy.ReplaceOneDefaultStrategy',
  ]);
  const log4j = writeProperties(join(dir, 'connect-log4j2.properties'), [
    'status=warn',
    'appender.out.type=Console',
    'appender.out.name=out',
    'appender.out.layout.type=PatternLayout',
    'appender.out.layout.pattern=[%d] %p %m (%c)%n',
    'rootLogger.level=WARN',
    'rootLogger.appenderRef.out.ref=out',
  ]);
  return runJava(ctx.stack.cfg, dir, 'kafka-connect', [
    // connect-standalone.sh gives the worker up to 2 GB; 1 GB is plenty for one sink task here.
    '-Xmx1g',
    '-XX:+UseG1GC',
    `-Dlog4j2.configurationFile=${log4j}`,
    '-cp',
    `${libsDir(ctx)}/*`,
    'org.apache.kafka.connect.cli.ConnectStandalone',
    worker,
    connector,
  ]);
}

export { stopJava as stopConnect };
