// A cut link, not a stopped process. LA runs as a host of its own: its authority process, its
// database and its officers' load in a network namespace, joined to the shared broker and registry
// by one veth link. Under a steady load the link goes down and comes back: LA keeps accepting and
// serving from its own view, VN keeps serving its view, and afterwards both views hold every
// submission LA accepted, once. The catch-up time after the link returns is measured.
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { loadAuthorityConfig, startAuthority, type RunningAuthority } from '@bex/authority';
import { ViewStore } from '@bex/projector';
import { createLogger } from '@bex/shared';
import { ensureDevIdentity, mintDevToken } from '../../scripts/dev-identity';
import { loadStackConfig } from '../../scripts/stack/config';
import { authorityKafkaEnv, credentialsDir } from '../../scripts/stack/credentials';
import { database } from '../../scripts/stack/database';
import { applyExchangeAcls } from '../../scripts/stack/exchange-acls';
import { downKafka, upKafka } from '../../scripts/stack/stack';
import { callJson, eventually, stackEnv, uniqueName } from '../harness';
import { repoRoot } from '../harness/compiled-build';
import { createNetworkNamespace, type NetworkNamespace } from '../harness/network-namespace';
import { TcpProxy } from '../harness/tcp-proxy';
import { testStackConfig } from '../harness/test-stack';

const home = join(testStackConfig().dataDir, '..', 'link-cut');
const KAFKA_PORT = Number(process.env.BEX_TEST_LINK_KAFKA_PORT ?? '19600');
const LA_DB_PORT = 19620;
const LA_API_PORT = 19630;
const LOAD = { count: 60, perSecond: 2 };
const CUT_AFTER_MS = 8_000;
const CUT_FOR_MS = 15_000;

let ns: NetworkNamespace;
let kafkaCfg: ReturnType<typeof loadStackConfig>;
const prefix = uniqueName('cut').replace(/-/g, '_');
const registryProxy = new TcpProxy(Number(new URL(stackEnv().registryUrl).port));
const inNamespace: ChildProcess[] = [];
let vn: RunningAuthority | undefined;
let laDb: mongoose.Connection | undefined;
const loadFile = join(home, `load-${prefix}.jsonl`);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const laApi = () => `http://${ns.address}:${LA_API_PORT}`;

function spawnInNamespace(cmd: string, args: string[], env: NodeJS.ProcessEnv, cwd = repoRoot): ChildProcess {
  const child = ns.spawn(cmd, args, { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } });
  child.stdout!.resume();
  child.stderr!.resume();
  inNamespace.push(child);
  return child;
}

beforeAll(async () => {
  ns = createNetworkNamespace('la');
  rmSync(home, { recursive: true, force: true });
  kafkaCfg = loadStackConfig({
    ...process.env,
    BEX_HOME: home,
    BEX_DATA_DIR: join(home, 'data'),
    BEX_KAFKA_NODES: '1',
    BEX_KAFKA_PORT: String(KAFKA_PORT),
    BEX_KAFKA_CONTROLLER_PORT: String(KAFKA_PORT + 1),
    BEX_KAFKA_LINK_LISTENER: `${ns.hostAddress}:${KAFKA_PORT + 10}`,
    BEX_KAFKA_HEAP: '384m',
    BEX_DB_PORT: String(LA_DB_PORT),
    BEX_DB_STORAGE: 'memory',
  });
  // The shared side: a broker of this test's own (its link listener faces LA), the test stack's
  // registry reached through the link, the ACLs the agreements imply.
  await upKafka(kafkaCfg);
  await applyExchangeAcls(kafkaCfg, join(repoRoot, 'deploy', 'agreements'), prefix);
  const registryPort = await registryProxy.start(0, ns.hostAddress);

  // LA's site: its database and its authority, inside the namespace.
  mkdirSync(kafkaCfg.runDir, { recursive: true });
  const db = await database.launchSpec(kafkaCfg);
  spawnInNamespace(db.cmd, db.args.map((a) => (a === '127.0.0.1' ? '0.0.0.0' : a)), {}, db.cwd);
  laDb = await eventually(async () => mongoose.createConnection(`mongodb://${ns.address}:${LA_DB_PORT}/?directConnection=true`, { dbName: `${prefix}_la`, serverSelectionTimeoutMS: 1000 }).asPromise().catch(() => undefined), 60_000, 500);
  await ensureDevIdentity();
  spawnInNamespace(process.execPath, ['--import', 'tsx', join(repoRoot, 'services', 'authority', 'src', 'start.ts')], {
    BEX_AUTHORITY: 'LA',
    BEX_API_HOST: '0.0.0.0',
    BEX_API_PORT: String(LA_API_PORT),
    BEX_METRICS_PORT: String(LA_API_PORT + 1),
    BEX_KAFKA_BROKERS: `${ns.hostAddress}:${KAFKA_PORT + 10}`,
    ...authorityKafkaEnv(credentialsDir(kafkaCfg), 'LA'),
    BEX_REGISTRY_URL: `http://${ns.hostAddress}:${registryPort}/apis/ccompat/v7`,
    BEX_MONGO_URL: `mongodb://127.0.0.1:${LA_DB_PORT}/?directConnection=true`,
    BEX_MONGO_DB: `${prefix}_la`,
    BEX_TOPIC_PREFIX: prefix,
    LOG_LEVEL: 'warn',
  });

  // VN, on the shared side of the link.
  vn = await startAuthority(
    loadAuthorityConfig({
      BEX_AUTHORITY: 'VN',
      BEX_API_PORT: '0',
      BEX_METRICS_PORT: '0',
      BEX_KAFKA_BROKERS: `127.0.0.1:${KAFKA_PORT}`,
      ...authorityKafkaEnv(credentialsDir(kafkaCfg), 'VN'),
      BEX_REGISTRY_URL: stackEnv().registryUrl,
      BEX_MONGO_URL: stackEnv().mongoUrl,
      BEX_MONGO_DB: `${prefix}_vn`,
      BEX_TOPIC_PREFIX: prefix,
    }),
    createLogger('bex-test', 'silent'),
  );
  await eventually(async () => ((await fetch(`${laApi()}/readyz`).then((r) => r.status, () => 0)) === 200 ? true : undefined), 180_000, 500);
}, 420_000);

afterAll(async () => {
  for (const child of inNamespace) if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
  await Promise.all(inNamespace.map((c) => (c.exitCode === null && c.signalCode === null ? new Promise((r) => c.once('close', r)) : undefined)));
  ns?.destroy();
  await registryProxy.stop();
  await laDb?.close();
  await vn?.connection.dropDatabase().catch(() => undefined);
  await vn?.stop();
  if (kafkaCfg) await downKafka(kafkaCfg);
  rmSync(home, { recursive: true, force: true });
}, 120_000);

interface Answer {
  i: number;
  at: number;
  status: number;
  recordId?: string;
}
const answers = (): Answer[] => (existsSync(loadFile) ? readFileSync(loadFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Answer) : []);

it('LA keeps accepting and VN keeps serving while the link is down; nothing is lost, and the catch-up is measured', async () => {
  const laToken = mintDevToken({ authority: 'LA', roles: ['officer'], personalData: true });
  const vnToken = mintDevToken({ authority: 'VN', roles: ['officer'] });
  const driver = spawnInNamespace(process.execPath, ['--import', 'tsx', join(repoRoot, 'tests', 'harness', 'steady-submissions.ts')], {
    BEX_LOAD_API: `http://127.0.0.1:${LA_API_PORT}`,
    BEX_LOAD_TOKEN: laToken,
    BEX_LOAD_OUT: loadFile,
    BEX_LOAD_COUNT: String(LOAD.count),
    BEX_LOAD_RATE: String(LOAD.perSecond),
  });
  const driverDone = new Promise<number | null>((resolve) => driver.once('close', (code) => resolve(code)));
  const vnView = vn!.views.collection('SeizureCase');

  // Before the cut: records flow to VN.
  await sleep(CUT_AFTER_MS);
  const beforeCut = await eventually(async () => {
    const first = answers().find((a) => a.status === 202);
    return first && (await vnView.findOne({ recordId: first.recordId })) ? first : undefined;
  }, 30_000, 250);

  ns.cut();
  const cutAt = Date.now();
  await sleep(CUT_FOR_MS / 2);
  // VN serves its view as before, records from before the cut included.
  const served = await callJson(vn!.apiUrl!, 'GET', `/v1/seizure-cases/${beforeCut.recordId!}`, undefined, vnToken);
  expect(served.status).toBe(200);
  await sleep(CUT_FOR_MS / 2);
  ns.restore();
  const restoredAt = Date.now();

  expect(await driverDone).toBe(0);
  const all = answers();
  const accepted = all.filter((a) => a.status === 202).map((a) => a.recordId!);
  const duringCut = all.filter((a) => a.status === 202 && a.at >= cutAt && a.at < restoredAt).length;
  // LA kept accepting: every submission got its 202, those during the cut too.
  expect(all).toHaveLength(LOAD.count);
  expect(accepted).toHaveLength(LOAD.count);
  expect(duringCut).toBeGreaterThan(0);

  // Catch-up: from the link's return until VN's view holds every accepted record.
  await eventually(async () => ((await vnView.countDocuments({ recordId: { $in: accepted } })) === accepted.length ? true : undefined), 180_000, 250);
  const caughtUpAt = Date.now();
  const atVN = await vnView.find({ recordId: { $in: accepted } }).toArray();
  expect(new Set(atVN.map((d) => d.recordId)).size).toBe(accepted.length);
  expect(atVN.every((d) => d.revision === 1)).toBe(true);
  // LA's own view (its own inbox, through the same link) holds them all too.
  const laView = new ViewStore(laDb!).collection('SeizureCase');
  await eventually(async () => ((await laView.countDocuments({ recordId: { $in: accepted } })) === accepted.length ? true : undefined), 120_000, 250);
  console.log(JSON.stringify({ linkCut: { submissions: all.length, accepted: accepted.length, acceptedDuringCut: duringCut, cutMs: restoredAt - cutAt, catchUpMs: caughtUpAt - restoredAt, lost: 0 } }));
}, 420_000);
