// A cut link, not a stopped process. LA runs as a host of its own: its authority process, its
// database and its officers' load in a network namespace, joined to the shared side (a broker of
// this run's own, the registry, VN) by one veth link. Under a steady load the link goes down and
// comes back, as a border link fails: processes on both sides keep running, packets stop. LA must
// keep accepting and serving from its own view, VN keep serving its view, and afterwards both
// views must hold every submission LA accepted, once, at its revision. The catch-up time after
// the link returns is measured. Used by `npm run chaos` (minutes of cut) and by
// tests/e2e/link-cut.spec.ts (seconds).
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { loadAuthorityConfig, startAuthority, type RunningAuthority } from '@bex/authority';
import { ViewStore } from '@bex/view';
import { createLogger } from '@bex/shared';
import { ensureDevIdentity, mintDevToken } from '../dev-identity';
import { loadStackConfig, type StackConfig } from '../stack/config';
import { authorityKafkaEnv, credentialsDir } from '../stack/credentials';
import { database } from '../stack/database';
import { applyExchangeAcls } from '../stack/exchange-acls';
import { downKafka, upKafka } from '../stack/stack';
import { createNetworkNamespace, type NetworkNamespace } from './network-namespace';
import { TcpProxy } from './tcp-proxy';

export interface LinkCutOptions {
  root: string;
  /** This run's own files: its broker's data, LA's database, the load's answers. Removed at the end. */
  home: string;
  /** Its own one-node broker: port, +1 controller, +10 the listener that faces LA across the link. */
  kafkaPort: number;
  laDatabasePort: number;
  laApiPort: number;
  /** The shared side's registry and VN's database (both on loopback in the root namespace). */
  registryUrl: string;
  mongoUrl: string;
  /** Topic and database names of this run. */
  prefix: string;
  count: number;
  perSecond: number;
  cutAfterMs: number;
  cutForMs: number;
  catchUpDeadlineMs: number;
  log: (line: string) => void;
}

export interface LinkCutReport {
  submissions: number;
  accepted: number;
  acceptedDuringCut: number;
  cutMs: number;
  /** VN answered a read of a record from before the cut, while the link was down. */
  vnServedDuringCut: boolean;
  /** From the link's return until VN's view held every accepted record (undefined: never). */
  catchUpMs: number | undefined;
  lostAtVN: number;
  lostAtLA: number;
  wrongRevision: number;
  ok: boolean;
}

interface Answer {
  i: number;
  at: number;
  status: number;
  recordId?: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs: number, everyMs = 250): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) return undefined;
    await sleep(everyMs);
  }
}

/** Where the link's two sides run; everything it started, to be stopped whatever happens. */
class LinkSite {
  ns: NetworkNamespace | undefined;
  kafkaCfg: StackConfig | undefined;
  vn: RunningAuthority | undefined;
  laDb: mongoose.Connection | undefined;
  readonly inNamespace: ChildProcess[] = [];
  constructor(readonly registryProxy: TcpProxy) {}

  spawn(cmd: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): ChildProcess {
    const child = this.ns!.spawn(cmd, args, { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } });
    child.stdout!.resume();
    child.stderr!.resume();
    this.inNamespace.push(child);
    return child;
  }

  async stop(home: string): Promise<void> {
    const running = this.inNamespace.filter((c) => c.exitCode === null && c.signalCode === null);
    for (const child of running) process.kill(-child.pid!, 'SIGKILL');
    await Promise.all(running.map((c) => new Promise((r) => c.once('close', r))));
    this.ns?.destroy();
    await this.registryProxy.stop();
    await this.laDb?.close().catch(() => undefined);
    await this.vn?.connection.dropDatabase().catch(() => undefined);
    await this.vn?.stop();
    if (this.kafkaCfg) await downKafka(this.kafkaCfg);
    rmSync(home, { recursive: true, force: true });
  }
}

export async function runLinkCut(opts: LinkCutOptions): Promise<LinkCutReport> {
  const site = new LinkSite(new TcpProxy(Number(new URL(opts.registryUrl).port)));
  const loadFile = join(opts.home, 'load.jsonl');
  const answers = (): Answer[] => (existsSync(loadFile) ? readFileSync(loadFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Answer) : []);
  try {
    rmSync(opts.home, { recursive: true, force: true });
    const ns = (site.ns = createNetworkNamespace('la'));
    const kafkaCfg = (site.kafkaCfg = loadStackConfig({
      ...process.env,
      BEX_HOME: opts.home,
      BEX_DATA_DIR: join(opts.home, 'data'),
      BEX_KAFKA_NODES: '1',
      BEX_KAFKA_PORT: String(opts.kafkaPort),
      BEX_KAFKA_CONTROLLER_PORT: String(opts.kafkaPort + 1),
      BEX_KAFKA_LINK_LISTENER: `${ns.hostAddress}:${opts.kafkaPort + 10}`,
      BEX_KAFKA_HEAP: '384m',
      BEX_DB_PORT: String(opts.laDatabasePort),
      BEX_DB_STORAGE: 'memory',
    }));
    // The shared side: a broker of this run's own (its link listener faces LA), the registry
    // reached through the link, the ACLs the agreements imply.
    opts.log(`link cut: LA in network namespace ${ns.name} (${ns.address}), the shared side at ${ns.hostAddress}`);
    await upKafka(kafkaCfg);
    await applyExchangeAcls(kafkaCfg, join(opts.root, 'deploy', 'agreements'), opts.prefix);
    const registryPort = await site.registryProxy.start(0, ns.hostAddress);

    // LA's site: its database and its authority, inside the namespace.
    mkdirSync(kafkaCfg.runDir, { recursive: true });
    const db = await database.launchSpec(kafkaCfg);
    site.spawn(db.cmd, db.args.map((a) => (a === '127.0.0.1' ? '0.0.0.0' : a)), {}, db.cwd ?? opts.root);
    site.laDb = await until(() => mongoose.createConnection(`mongodb://${ns.address}:${opts.laDatabasePort}/?directConnection=true`, { dbName: `${opts.prefix}_la`, serverSelectionTimeoutMS: 1000 }).asPromise(), 60_000, 500);
    if (!site.laDb) throw new Error(`link cut: LA's database on ${ns.address}:${opts.laDatabasePort} did not come up within 60 s`);
    ensureDevIdentity();
    site.spawn(process.execPath, ['--import', 'tsx', join(opts.root, 'services', 'authority', 'src', 'start.ts')], {
      BEX_AUTHORITY: 'LA',
      BEX_API_HOST: '0.0.0.0',
      BEX_API_PORT: String(opts.laApiPort),
      BEX_METRICS_PORT: String(opts.laApiPort + 1),
      BEX_KAFKA_BROKERS: `${ns.hostAddress}:${opts.kafkaPort + 10}`,
      ...authorityKafkaEnv(credentialsDir(kafkaCfg), 'LA'),
      BEX_REGISTRY_URL: `http://${ns.hostAddress}:${registryPort}/apis/ccompat/v7`,
      BEX_MONGO_URL: `mongodb://127.0.0.1:${opts.laDatabasePort}/?directConnection=true`,
      BEX_MONGO_DB: `${opts.prefix}_la`,
      BEX_TOPIC_PREFIX: opts.prefix,
      LOG_LEVEL: 'warn',
    }, opts.root);

    // VN, on the shared side of the link.
    site.vn = await startAuthority(
      loadAuthorityConfig({
        BEX_AUTHORITY: 'VN',
        BEX_API_PORT: '0',
        BEX_METRICS_PORT: '0',
        BEX_KAFKA_BROKERS: `127.0.0.1:${opts.kafkaPort}`,
        ...authorityKafkaEnv(credentialsDir(kafkaCfg), 'VN'),
        BEX_REGISTRY_URL: opts.registryUrl,
        BEX_MONGO_URL: opts.mongoUrl,
        BEX_MONGO_DB: `${opts.prefix}_vn`,
        BEX_TOPIC_PREFIX: opts.prefix,
      }),
      createLogger('bex-link-cut', 'silent'),
    );
    const laApi = `http://${ns.address}:${opts.laApiPort}`;
    const laReady = await until(async () => ((await fetch(`${laApi}/readyz`).then((r) => r.status, () => 0)) === 200 ? true : undefined), 180_000, 500);
    if (!laReady) throw new Error(`link cut: LA's authority at ${laApi} was not ready within 180 s`);

    // The officers' load, where the officers are: inside LA's namespace.
    const driver = site.spawn(process.execPath, ['--import', 'tsx', join(opts.root, 'scripts', 'chaos', 'steady-submissions.ts')], {
      BEX_LOAD_API: `http://127.0.0.1:${opts.laApiPort}`,
      BEX_LOAD_TOKEN: mintDevToken({ authority: 'LA', roles: ['officer'], personalData: true }),
      BEX_LOAD_OUT: loadFile,
      BEX_LOAD_COUNT: String(opts.count),
      BEX_LOAD_RATE: String(opts.perSecond),
    }, opts.root);
    const driverDone = new Promise<number | null>((resolve) => driver.once('close', (code) => resolve(code)));
    const vnView = site.vn.views.collection('SeizureCase');
    const vnToken = mintDevToken({ authority: 'VN', roles: ['officer'] });

    // Before the cut: records flow to VN.
    await sleep(opts.cutAfterMs);
    const beforeCut = await until(async () => {
      const first = answers().find((a) => a.status === 202);
      return first && (await vnView.findOne({ recordId: first.recordId })) ? first : undefined;
    }, 60_000);
    if (!beforeCut) throw new Error('link cut: no record reached VN before the cut');

    ns.cut();
    const cutAt = Date.now();
    opts.log(`link cut: link down for ${Math.round(opts.cutForMs / 1000)} s`);
    await sleep(opts.cutForMs / 2);
    // VN serves its view as before, records from before the cut included.
    const served = await fetch(`${site.vn.apiUrl!}/v1/seizure-cases/${beforeCut.recordId!}`, { headers: { authorization: `Bearer ${vnToken}` } }).then((r) => r.status, () => 0);
    await sleep(opts.cutForMs / 2);
    ns.restore();
    const restoredAt = Date.now();
    opts.log('link cut: link restored; waiting for the load to end and VN to catch up');

    const driverExit = await driverDone;
    if (driverExit !== 0) throw new Error(`link cut: the load driver exited with ${String(driverExit)}`);
    const all = answers();
    const accepted = all.filter((a) => a.status === 202).map((a) => a.recordId!);
    const acceptedDuringCut = all.filter((a) => a.status === 202 && a.at >= cutAt && a.at < restoredAt).length;

    // Catch-up: from the link's return until VN's view holds every accepted record.
    const caughtUp = await until(async () => ((await vnView.countDocuments({ recordId: { $in: accepted } })) === accepted.length ? true : undefined), opts.catchUpDeadlineMs);
    const catchUpMs = caughtUp ? Date.now() - restoredAt : undefined;
    const atVN = await vnView.find({ recordId: { $in: accepted } }).toArray();
    // LA's own view (its own inbox, through the same link) must hold them all too.
    const laView = new ViewStore(site.laDb).collection('SeizureCase');
    await until(async () => ((await laView.countDocuments({ recordId: { $in: accepted } })) === accepted.length ? true : undefined), opts.catchUpDeadlineMs);
    const atLA = await laView.find({ recordId: { $in: accepted } }).toArray();
    const report: LinkCutReport = {
      submissions: all.length,
      accepted: accepted.length,
      acceptedDuringCut,
      cutMs: restoredAt - cutAt,
      vnServedDuringCut: served === 200,
      catchUpMs,
      lostAtVN: accepted.length - new Set(atVN.map((d) => d.recordId)).size,
      lostAtLA: accepted.length - new Set(atLA.map((d) => d.recordId)).size,
      wrongRevision: [...atVN, ...atLA].filter((d) => d.revision !== 1).length,
      ok: false,
    };
    report.ok = report.submissions === opts.count && report.accepted === opts.count && report.acceptedDuringCut > 0 && report.vnServedDuringCut && report.lostAtVN === 0 && report.lostAtLA === 0 && report.wrongRevision === 0;
    return report;
  } finally {
    await site.stop(opts.home);
  }
}
