// Apicurio Registry 3.3.3 with its Confluent-compatible API; schemas are kept in Kafka
// (kafkasql storage), so they survive a restart of the registry and of the whole stack.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Component } from './component';
import type { StackConfig } from './config';
import { findJava } from './java';
import { mavenFetch } from './maven';
import { step } from './progress';
import { runCommand } from './run-command';

const REGISTRY_VERSION = '3.3.3';

const download = (cfg: StackConfig): string => join(cfg.cacheDir, `apicurio-${REGISTRY_VERSION}-download`);
const home = (cfg: StackConfig): string => join(cfg.cacheDir, `apicurio-${REGISTRY_VERSION}`);

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

  async prepare() {
    // Nothing to prepare: the registry creates its journal topic in Kafka on first start.
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
        `-Dapicurio.kafkasql.bootstrap.servers=127.0.0.1:${cfg.kafkaPort}`,
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
