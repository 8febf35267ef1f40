// The hostile fuzz run: LA and VN as `npm start` runs them (a compiled process each, all roles, a
// database each) on a local stack (the user's, database on disk, when one runs), VN's honest seizures at a steady rate into LA's view, twice in one invocation: once alone
// (the peer run) and once while VN's own broker login writes generated hostile messages, half signed
// with VN's genuine key, to LA's inboxes and receipts topic. Reports per run: publish→view latency
// of the honest records, records lost, partitions left behind, server errors, what LA stored, and
// the hostile run's p99 as a ratio of the peer run's.
import { requestBody } from '@bex/api';
import { dakTaOocSeizure, gateLocation, truckAlert } from '@bex/schemas';
import { inboxTopics, loadAgreements, receiptTopic, type AuthorityCode } from '@bex/shared';
import { ViewStore } from '@bex/view';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import mongoose from 'mongoose';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDevIdentity, mintDevToken } from '../dev-identity';
import { ArrivalWatcher } from '../bench/arrival-watcher';
import { ensureStack, type BenchStack } from '../bench/bench-stack';
import { startRoles, type RoleProcess } from '../bench/compare/role-process';
import { fixedRate, submit, type Submission, type Target } from '../bench/load';
import { progress, rssMb, sleep, summarise, type LatencySummary } from '../bench/stats';
import { ensureBuilt } from '../exchange/authority-entry';
import { registerContracts } from '../exchange/register-contracts';
import { authorityMongoUrl } from '../stack/config';
import { adminClient, authorityPrincipal, saslOptions } from '../stack/credentials';
import { applyPrefixAcls, removePrefixAcls } from '../stack/exchange-acls';
import { Forge } from './forge';
import { hostileMessages, type HostileMessage } from './hostile-arbitrary';

export interface HostileOptions {
  /** Hostile messages in the hostile run (half signed). */
  messages: number;
  /** Honest records a second, VN to LA, in both runs. */
  rate: number;
  durationS: number;
  seed: number;
  drainTimeoutS: number;
}

export const DEFAULT_HOSTILE_OPTIONS: HostileOptions = { messages: 10_000, rate: 20, durationS: 120, seed: 1, drainTimeoutS: 120 };

interface RunFigures {
  hostileSent: number;
  honestAccepted: number;
  honestLost: number;
  serverErrors: number;
  readsAnswered: number;
  stuckPartitions: number;
  publishToViewMs: LatencySummary;
  laStores: Record<string, number>;
  hostileByKind?: Record<string, number>;
}

export interface HostileReport {
  ok: boolean;
  options: HostileOptions;
  stack: BenchStack['origin'];
  peer: RunFigures;
  hostile: RunFigures;
  /** Hostile run's publish→view p99 over the peer run's; the bar is 2. */
  p99Ratio: number;
  processRssMb: number;
  failures: string[];
}

const seizureBody = JSON.stringify(requestBody('SeizureCase', { ...dakTaOocSeizure, location: gateLocation('VN-NGI') }));

/** One authority as `npm start` runs it: one compiled process with all roles, its own database. */
interface Authority {
  process: RoleProcess;
  db: mongoose.Connection;
  api: (path: string) => Target;
}

/** What a run looks at of LA: its view, its stores, its projector's consumer group. */
interface Victim extends Authority {
  views: ViewStore;
  groupId: string;
  topics: string[];
}

export async function runHostile(o: HostileOptions): Promise<HostileReport> {
  const stack = await ensureStack();
  const prefix = `hostile${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const runDir = join(stack.cfg.root, '.bex', 'hostile', 'run', prefix);
  mkdirSync(runDir, { recursive: true });
  const access = { brokers: stack.endpoints.kafkaBrokers.split(','), credentialsDir: stack.endpoints.kafkaCredentialsDir };
  const started: Authority[] = [];
  const admin = adminClient(access.brokers, access.credentialsDir, 'bex-hostile-watch').admin();
  try {
    progress(`hostile: stack ${stack.origin} (${stack.cfg.runDir}), topic prefix ${prefix}`);
    await registerContracts(stack.endpoints.registryUrl);
    await applyPrefixAcls(access, join(stack.cfg.root, 'deploy', 'agreements'), prefix);
    ensureDevIdentity();
    ensureBuilt(stack.cfg.root);
    const startAuthority = async (code: 'LA' | 'VN'): Promise<Authority> => {
      const dbName = `${prefix}_${code.toLowerCase()}`;
      const p = await startRoles(stack.cfg, runDir, { authority: code, roles: ['api', 'relay', 'projector'], prefix, dbName });
      const db = await mongoose.createConnection(authorityMongoUrl(stack.cfg, code), { dbName }).asPromise();
      const token = mintDevToken({ authority: code, roles: ['officer'], office: code === 'LA' ? 'LA-DTO' : 'VN-NGI', ttlSeconds: 3600, personalData: true });
      const authority = { process: p, db, api: (path: string) => ({ url: `${p.apiUrl}${path}`, headers: { authorization: `Bearer ${token}` } }) };
      started.push(authority);
      return authority;
    };
    const laAuthority = await startAuthority('LA');
    const vn = await startAuthority('VN');
    const la: Victim = { ...laAuthority, views: new ViewStore(laAuthority.db), groupId: `${prefix}-projector-la`, topics: [...inboxTopics('LA', prefix), receiptTopic('LA', prefix)] };
    progress('hostile: LA and VN run as processes of their own, each with its own database');
    await admin.connect();
    const forge = new Forge(stack.endpoints.registryUrl);
    const attacker = new Kafka({ clientId: 'vn-hostile', brokers: access.brokers, sasl: saslOptions(access.credentialsDir, authorityPrincipal('VN')), logLevel: logLevel.NOTHING });
    // An LA alert VN holds, so receipts about a record VN really got are among the hostile ones.
    const laAlert = await submit(la.api('/v1/vehicle-alerts'), JSON.stringify(requestBody('VehicleRiskAlert', { ...truckAlert, targetGates: ['LA-DTO'], validFrom: Date.now() - 86_400_000, validUntil: Date.now() + 30 * 86_400_000 })));
    if (laAlert.recordId === undefined) throw new Error(`LA's alert was refused: ${laAlert.status}`);
    const agreements = loadAgreements(join(stack.cfg.root, 'deploy', 'agreements'));
    const ctx = { forge, prefix, victim: 'LA' as AuthorityCode, attacker: 'VN' as AuthorityCode, agreement: agreements.find((a) => a.source === 'VN' && a.recipient === 'LA'), victimRecordId: laAlert.recordId };
    progress(`hostile: generating ${o.messages} hostile messages (seed ${o.seed})`);
    const hostile = await hostileMessages(ctx, o.messages, o.seed);
    progress(`hostile: peer run, ${o.rate} honest records/s for ${o.durationS} s, nothing hostile`);
    const peer = await oneRun(la, vn, admin, attacker, o, []);
    progress(`hostile: hostile run, the same honest load and ${hostile.length} hostile messages from VN's login`);
    const attacked = await oneRun(la, vn, admin, attacker, o, hostile);
    const p99Ratio = peer.publishToViewMs.p99 > 0 ? Math.round((attacked.publishToViewMs.p99 / peer.publishToViewMs.p99) * 100) / 100 : 0;
    const failures = [
      ...(attacked.stuckPartitions > 0 ? [`${attacked.stuckPartitions} partition(s) of LA left behind`] : []),
      ...(attacked.honestLost > 0 ? [`${attacked.honestLost} honest record(s) lost`] : []),
      ...(attacked.serverErrors > 0 ? [`${attacked.serverErrors} server error(s)`] : []),
      ...(p99Ratio > 2 ? [`publish→view p99 ${attacked.publishToViewMs.p99} ms is ${p99Ratio}× the peer run's ${peer.publishToViewMs.p99} ms`] : []),
      ...(attacked.hostileSent < o.messages ? [`only ${attacked.hostileSent} of ${o.messages} hostile messages were sent`] : []),
    ];
    return { ok: failures.length === 0, options: o, stack: stack.origin, peer, hostile: attacked, p99Ratio, processRssMb: rssMb(), failures };
  } finally {
    await admin.disconnect().catch(() => undefined);
    for (const a of started) {
      await a.process.stop().catch(() => undefined);
      await a.db.dropDatabase().catch(() => undefined);
      await a.db.close().catch(() => undefined);
    }
    await removePrefixAcls(access, prefix).catch(() => undefined);
    await stack.release();
  }
}

async function oneRun(la: Victim, vn: Authority, admin: Admin, attacker: Kafka, o: HostileOptions, hostile: HostileMessage[]): Promise<RunFigures> {
  const watcher = new ArrivalWatcher(la.views.collection('SeizureCase'));
  watcher.start();
  await watcher.ready();
  const reads = readSweep(la, o.durationS * 1000);
  const sending = sendSteadily(attacker, hostile, o.durationS * 1000);
  const run = await fixedRate(vn.api('/v1/seizure-cases'), seizureBody, o.rate, Math.round(o.rate * o.durationS), 64, (s) => watcher.expect(s.recordId!));
  const hostileSent = await sending;
  const readFigures = await reads;
  await watcher.drained(o.drainTimeoutS * 1000);
  await watcher.stop();
  const accepted = run.submissions.filter((s) => s.recordId !== undefined);
  const latency = accepted.flatMap((s: Submission) => {
    const at = watcher.arrivedAt.get(s.recordId!);
    return at === undefined ? [] : [at - s.answeredAt];
  });
  const stuckPartitions = await partitionsBehind(admin, la, o.drainTimeoutS * 1000);
  const byKind: Record<string, number> = {};
  for (const m of hostile) byKind[m.kind] = (byKind[m.kind] ?? 0) + 1;
  return {
    hostileSent,
    honestAccepted: accepted.length,
    honestLost: accepted.length - latency.length,
    serverErrors: run.submissions.filter((s) => s.status >= 500).length + readFigures.serverErrors,
    readsAnswered: readFigures.answered,
    stuckPartitions,
    publishToViewMs: summarise(latency),
    laStores: await storeSizes(la),
    ...(hostile.length > 0 ? { hostileByKind: byKind } : {}),
  };
}

/** Puts the hostile messages on the wire evenly over the run, each large one in a request of its own. */
async function sendSteadily(kafka: Kafka, messages: HostileMessage[], windowMs: number): Promise<number> {
  if (messages.length === 0) return 0;
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  let sent = 0;
  const start = Date.now();
  const chunk = 25;
  try {
    for (let i = 0; i < messages.length; i += chunk) {
      const due = start + (i / messages.length) * windowMs - Date.now();
      if (due > 0) await sleep(due);
      const group = messages.slice(i, i + chunk);
      const small = group.filter((m) => (m.value?.length ?? 0) < 64 * 1024);
      const large = group.filter((m) => (m.value?.length ?? 0) >= 64 * 1024);
      const requests = [
        ...[...new Set(small.map((m) => m.topic))].map((topic) => ({ topic, messages: small.filter((m) => m.topic === topic) })),
        ...large.map((m) => ({ topic: m.topic, messages: [m] })),
      ];
      for (const r of requests) {
        try {
          await producer.send({ topic: r.topic, acks: -1, messages: r.messages.map((m) => ({ key: m.key, value: m.value, headers: m.headers })) });
          sent += r.messages.length;
        } catch (err) {
          // The broker may refuse a message (over its size limit): that is the broker's bound, not a send of ours.
          progress(`hostile: the broker refused ${r.messages.length} message(s): ${(err as Error).message}`);
        }
      }
    }
  } finally {
    await producer.disconnect();
  }
  return sent;
}

/** LA's lists and lookups, read every half second during the run: any 5xx counts. */
async function readSweep(la: Authority, windowMs: number): Promise<{ answered: number; serverErrors: number }> {
  const paths = ['/v1/plates/43C-123.45', '/v1/alerts?gate=LA-DTO', '/v1/seizure-cases', '/v1/policy-changes/in-force?gate=LA-DTO', '/v1/alert-hits/mine'];
  const end = Date.now() + windowMs;
  let answered = 0;
  let serverErrors = 0;
  while (Date.now() < end) {
    for (const path of paths) {
      const target = la.api(path);
      const res = await fetch(target.url, { headers: target.headers }).catch(() => undefined);
      if (res === undefined) continue;
      await res.arrayBuffer();
      answered++;
      if (res.status >= 500) serverErrors++;
    }
    await sleep(500);
  }
  return { answered, serverErrors };
}

/** Partitions of LA's inbox and receipts topics the projector has not committed to their end once the deadline passed. */
async function partitionsBehind(admin: Admin, la: Victim, deadlineMs: number): Promise<number> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    let behind = 0;
    for (const { topic, partitions } of await admin.fetchOffsets({ groupId: la.groupId, topics: la.topics })) {
      const high = new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, Number(p.high)]));
      for (const p of partitions) if (Number(p.offset) < (high.get(p.partition) ?? 0) && (high.get(p.partition) ?? 0) > 0) behind++;
    }
    if (behind === 0 || Date.now() > end) return behind;
    await sleep(500);
  }
}

async function storeSizes(la: Victim): Promise<Record<string, number>> {
  const db = la.db;
  const sizes: Record<string, number> = {};
  for (const name of ['dead_letters', 'dead_letter_counts', 'dead_letter_budget', 'record_receipts', 'record_receipts_beyond_cap', 'audit']) sizes[name] = await db.collection(name).countDocuments({});
  const counted = await db.collection('dead_letter_counts').find({}).toArray();
  sizes.deadLettersCountedBeyondBudget = counted.reduce((sum, c) => sum + (c.count as number), 0);
  for (const type of ['SeizureCase', 'VehicleRiskAlert', 'AlertHit', 'PolicyChange'] as const) sizes[`view.${type}`] = await la.views.collection(type).countDocuments({});
  return sizes;
}
