// Apicurio Registry 3.3.3 with its Confluent-compatible API; schemas are kept in Kafka
// (kafkasql storage), so they survive a restart of the registry and of the whole stack.
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Component } from './component';
import { kafkaBrokerList, type StackConfig } from './config';
import { REGISTRY_PRINCIPAL, SCRAM_MECHANISM, credentialsDir, ensureCredentials, readPassword } from './credentials';
import { findJava } from './java';
import { mavenFetch } from './maven';
import { step } from './progress';
import { runCommand } from './run-command';

const REGISTRY_VERSION = '3.3.3';

const download = (cfg: StackConfig): string => join(cfg.cacheDir, `apicurio-${REGISTRY_VERSION}-download`);
const home = (cfg: StackConfig): string => join(cfg.cacheDir, `apicurio-${REGISTRY_VERSION}`);
const configDir = (cfg: StackConfig): string => join(cfg.dataDir, 'registry-config');

/**
 * KafkaSQL's Kafka clients as the registry's own SCRAM principal. Apicurio 3.3.3's
 * `apicurio.kafkasql.security.sasl.*` properties only build an OAUTHBEARER login (client id and
 * secret against a token endpoint), so SCRAM goes through `apicurio.kafka.common.*`, which KafkaSQL
 * passes to its producer, consumer and admin client verbatim. A properties file (0600, read via
 * quarkus.config.locations), not -D flags: a command line is readable by every local user.
 */
function writeKafkaSqlConfig(cfg: StackConfig): string {
  ensureCredentials(cfg);
  mkdirSync(configDir(cfg), { recursive: true, mode: 0o700 });
  chmodSync(configDir(cfg), 0o700);
  const file = join(configDir(cfg), 'kafkasql.properties');
  const password = readPassword(credentialsDir(cfg), REGISTRY_PRINCIPAL);
  writeFileSync(
    file,
    [
      'apicurio.kafka.common.security.protocol=SASL_PLAINTEXT',
      `apicurio.kafka.common.sasl.mechanism=${SCRAM_MECHANISM}`,
      `apicurio.kafka.common.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="${REGISTRY_PRINCIPAL}" password="${password}";`,
      '',
    ].join('\n'),
    { mode: 0o600 },
  );
  chmodSync(file, 0o600);
  return file;
}

export const registry: Component = {
  name: 'registry',
  port: (cfg) => cfg.registryPort,

  async install(cfg) {
    // Maven Central serves the tar.gz, not the zip.
    await mavenFetch(`Apicurio Registry ${REGISTRY_VERSION}`, download(cfg), [
      'dependency:copy',
      `-Dartifact=io.apicurio:apicurio-registry-app:${REGISTRY_VERSION}:tar.gz:all`,
      `-DoutputDirectory=${download(cfg)}`,
    ]);
    const stamp = join(home(cfg), '.complete');
    if (existsSync(stamp)) return;
    step(`Apicurio Registry ${REGISTRY_VERSION}: unpacking`);
    mkdirSync(home(cfg), { recursive: true });
    await runCommand('tar', ['xzf', join(download(cfg), `apicurio-registry-app-${REGISTRY_VERSION}-all.tar.gz`), '-C', home(cfg)]);
    writeFileSync(stamp, new Date().toISOString());
  },

  async prepare(cfg) {
    // The registry creates its journal topic in Kafka on first start; it only needs credentials.
    writeKafkaSqlConfig(cfg);
  },

  async launchSpec(cfg) {
    const jar = join(home(cfg), 'quarkus-run.jar');
    return {
      cmd: await findJava(cfg),
      // -D flags must come before -jar or Quarkus never sees them.
      args: [
        `-Xmx${cfg.registryHeap}`,
        '-XX:+UseSerialGC',
        '-Djava.awt.headless=true',
        '-Dquarkus.http.host=127.0.0.1',
        `-Dquarkus.http.port=${cfg.registryPort}`,
        // Quarkus' management interface (health) listens on 0.0.0.0:9000 unless told otherwise: off
        // the loopback, and a second stack could never start beside the first.
        '-Dquarkus.management.host=127.0.0.1',
        `-Dquarkus.management.port=${cfg.registryPort + 1}`,
        '-Dquarkus.log.level=INFO',
        // Per-request audit and access lines would fill the log; keep start-up and warnings.
        '-Dquarkus.log.category."io.apicurio.registry.logging.audit".level=WARN',
        '-Dquarkus.log.category."io.quarkus.vertx.http.runtime.filters.accesslog".level=WARN',
        '-Dapicurio.storage.kind=kafkasql',
        `-Dapicurio.kafkasql.bootstrap.servers=${kafkaBrokerList(cfg).join(',')}`,
        `-Dquarkus.config.locations=${writeKafkaSqlConfig(cfg)}`,
        '-jar',
        jar,
      ],
      cwd: home(cfg),
      marker: jar,
    };
  },

  async probe(cfg) {
    const base = `http://127.0.0.1:${cfg.registryPort}`;
    // Quarkus serves health on a separate management port; the API answering is what counts.
    const info = (await (await fetch(`${base}/apis/registry/v3/system/info`)).json()) as { name?: string; version?: string };
    const subjects = await fetch(`${base}/apis/ccompat/v7/subjects`);
    if (!subjects.ok) throw new Error(`ccompat /subjects answered ${subjects.status}`);
    return `${info.name ?? 'Apicurio Registry'} ${info.version ?? REGISTRY_VERSION}, Confluent API at ${base}/apis/ccompat/v7`;
  },
};
