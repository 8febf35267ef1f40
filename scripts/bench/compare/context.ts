// What every stage shares: the options, the stack, a place for its processes' pid files and logs,
// the memory watch, and fresh topic prefixes and databases, each remembered so the run removes
// them at the end (ACLs, topics, databases) even on the user's stack.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '@bex/shared';
import type { Admin } from 'kafkajs';
import mongoose from 'mongoose';
import { authorityMongoUrl } from '../../stack/config';
import { adminClient } from '../../stack/credentials';
import { applyPrefixAcls, removePrefixAcls } from '../../stack/exchange-acls';
import { stop } from '../../stack/processes';
import type { CompareStack } from './compare-stack';
import type { CompareOptions } from './options';
import { RssWatch } from './rss-watch';

export interface StageContext {
  o: CompareOptions;
  stack: CompareStack;
  /** Pid files and logs of the processes a stage starts (role processes, Connect). */
  runDir: string;
  rss: RssWatch;
  logger: Logger;
  /** A topic prefix of its own for a stage, with the agreements' ACLs applied for it. */
  prefix(stage: string): Promise<string>;
  /** A database name of the run's, dropped at the end. */
  database(name: string): string;
  /** A connection to one of the run's databases on an authority's database process (LA's by default; closed at the end). */
  connect(dbName: string, authority?: 'LA' | 'VN' | 'CN'): Promise<mongoose.Connection>;
  /** The run's Kafka admin client, connected (disconnected at the end). */
  kafkaAdmin(): Promise<Admin>;
  cleanup(): Promise<void>;
}

export function createContext(o: CompareOptions, stack: CompareStack, logger: Logger): StageContext {
  const runId = `cmp${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const runDir = join(stack.cfg.root, '.bex', 'bench-compare', 'run', runId);
  mkdirSync(runDir, { recursive: true });
  const access = { brokers: stack.endpoints.kafkaBrokers.split(','), credentialsDir: stack.endpoints.kafkaCredentialsDir };
  const prefixes: string[] = [];
  const databases = new Set<string>();
  const connections: mongoose.Connection[] = [];
  const rss = new RssWatch();
  rss.start();
  let kafkaAdmin: Promise<Admin> | undefined;
  return {
    o,
    stack,
    runDir,
    rss,
    logger,
    async prefix(stage) {
      const prefix = `${runId}_${stage}`;
      prefixes.push(prefix);
      await applyPrefixAcls(access, join(stack.cfg.root, 'deploy', 'agreements'), prefix);
      return prefix;
    },
    database(name) {
      const db = `${runId}_${name}`;
      databases.add(db);
      return db;
    },
    async connect(dbName, authority = 'LA') {
      const conn = await mongoose.createConnection(authorityMongoUrl(stack.cfg, authority), { dbName }).asPromise();
      connections.push(conn);
      return conn;
    },
    kafkaAdmin() {
      kafkaAdmin ??= (async () => {
        const admin = adminClient(access.brokers, access.credentialsDir, 'bex-bench-compare').admin();
        await admin.connect();
        return admin;
      })();
      return kafkaAdmin;
    },
    async cleanup() {
      rss.stop();
      if (kafkaAdmin !== undefined) await (await kafkaAdmin).disconnect().catch(() => undefined);
      // Role processes a stage left running (interrupted with Ctrl-C): each has a pid file here.
      for (const file of readdirSync(runDir).filter((f) => f.endsWith('.pid.json'))) {
        await stop({ ...stack.cfg, runDir }, file.slice(0, -'.pid.json'.length)).catch(() => undefined);
      }
      for (const conn of connections) await conn.close().catch(() => undefined);
      // The throwaway stack is deleted whole; on the user's stack, remove exactly what this run made.
      if (stack.origin !== 'user') return;
      for (const url of new Set(['LA', 'VN', 'CN'].map((a) => authorityMongoUrl(stack.cfg, a)))) {
        const conn = await mongoose.createConnection(url).asPromise();
        for (const db of databases) await conn.useDb(db).dropDatabase().catch(() => undefined);
        await conn.close();
      }
      const admin = adminClient(access.brokers, access.credentialsDir, 'bex-bench-compare').admin();
      await admin.connect();
      try {
        const topics = (await admin.listTopics()).filter((t) => prefixes.some((p) => t.startsWith(`${p}.`)));
        if (topics.length > 0) await admin.deleteTopics({ topics }).catch(() => undefined);
        const groups = (await admin.listGroups()).groups.map((g) => g.groupId).filter((g) => prefixes.some((p) => g.includes(p)));
        if (groups.length > 0) await admin.deleteGroups(groups).catch(() => undefined);
      } finally {
        await admin.disconnect();
      }
      for (const prefix of prefixes) await removePrefixAcls(access, prefix).catch(() => undefined);
    },
  };
}
