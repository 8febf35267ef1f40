// One chaos run from start to end: its own stack and LA, VN, CN authorities; the load and the fault
// injector side by side; then drain, verify and report. The chaos stack is always stopped at the end
// (unless told to keep it), whatever happened.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAgreements } from '@bex/shared';
import mongoose from 'mongoose';
import { ensureDevIdentity } from '../dev-identity';
import { apiUrlOf, startAuthorities, stopAuthorities } from '../exchange/authorities';
import { registerContracts } from '../exchange/register-contracts';
import { endpoints, type StackConfig } from '../stack/config';
import { exchangeAclSource } from '../stack/exchange-acls';
import { step, timed } from '../stack/progress';
import { down, reset, up } from '../stack/stack';
import { waitForDrain } from './drain';
import { runFaults, type FaultRecord } from './faults';
import { runLinkCut, type LinkCutReport } from './link-cut';
import { driveLoad } from './load-driver';
import { namespacesUnavailable } from './network-namespace';
import { CHAOS_AUTHORITY_ENV, chaosAuthorities, chaosStackConfig, LINK_CUT_PORTS, type ChaosOptions } from './options';
import { buildReport, type ChaosReport } from './report';
import { seededRng } from './rng';
import { verify } from './verify';
import { Workload, type Code } from './workload';

export async function runChaos(opts: ChaosOptions, log: (line: string) => void = step): Promise<ChaosReport> {
  const started = Date.now();
  const cfg = chaosStackConfig(opts);
  const authorities = chaosAuthorities(opts.ports);
  log(`chaos: own stack in ${opts.home} (Kafka ${cfg.kafkaNodes} node(s) from :${cfg.kafkaPort}, registry :${cfg.registryPort}, database :${cfg.databasePort}, apis :${authorities.map((a) => a.port).join('/')})`);
  // Whatever an earlier chaos run left in this home is ours: stop it and start from empty data.
  await stopAuthorities(cfg);
  await reset(cfg);
  let conn: mongoose.Connection | undefined;
  try {
    await up(cfg);
    await timed('chaos: registering the Avro contracts', () => registerContracts(endpoints(cfg).registryUrl));
    ensureDevIdentity();
    await timed('chaos: starting authorities LA, VN, CN', () => startAuthorities(cfg, authorities, CHAOS_AUTHORITY_ENV));

    const workload = new Workload(seededRng(opts.seed));
    const apis = Object.fromEntries(authorities.map((a) => [a.code, apiUrlOf(a.port)])) as Record<Code, string>;
    const runStartedAt = Date.now();
    const load = driveLoad(workload, seededRng(opts.seed + 1), { apis, count: opts.count, rate: opts.rate, concurrency: opts.concurrency, onProgress: log });
    const faultCtx = { cfg, authorities, authorityEnv: CHAOS_AUTHORITY_ENV, runStartedAt, log };
    let faultError: Error | undefined;
    const timeline: FaultRecord[] = [];
    const faults = runFaults(opts.kinds, opts.faultsPerKind, (opts.count / opts.rate) * 1000, faultCtx, seededRng(opts.seed + 2), timeline).catch((err: unknown) => {
      faultError = err as Error;
      log(`chaos: fault injection failed: ${faultError.message}`);
    });
    const [loadStats] = await Promise.all([load, faults]);
    log(`chaos: load done (${loadStats.accepted}/${loadStats.submissions} accepted in ${(loadStats.durationMs / 1000).toFixed(1)} s), ${timeline.length} faults injected`);

    // Should a restart have failed, bring everything back (what runs is reused) before draining.
    await up(cfg);
    await startAuthorities(cfg, authorities, CHAOS_AUTHORITY_ENV);
    conn = await mongoose.createConnection(endpoints(cfg).mongoUrl, { serverSelectionTimeoutMS: 10_000 }).asPromise();
    const drain = await timed('chaos: waiting for outboxes to drain and projectors to catch up', () =>
      waitForDrain(conn!, authorities.map((a) => ({ code: a.code, metricsUrl: `http://127.0.0.1:${a.metricsPort}` })), opts.drainDeadlineMs, log),
    );
    const agreements = loadAgreements(exchangeAclSource(cfg).agreementsDir);
    const verification = await timed('chaos: comparing every view with the accepted revisions', () => verify(conn!, workload, agreements, new Date()));
    const report = buildReport(opts, loadStats, timeline, drain, verification, Date.now() - started);
    if (faultError) Object.assign(report, { ok: false, faultError: faultError.message });
    if (opts.linkCutMs > 0) {
      report.linkCut = await cutLaLink(opts, cfg, log);
      if ('ok' in report.linkCut && !report.linkCut.ok) report.ok = false;
    }
    mkdirSync(opts.home, { recursive: true });
    writeFileSync(join(opts.home, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
    return report;
  } finally {
    await conn?.close().catch(() => undefined);
    if (opts.keep) log(`chaos: stack kept running in ${opts.home} (stop: BEX_HOME=${opts.home} ... or rerun)`);
    else {
      await stopAuthorities(cfg);
      await down(cfg);
    }
  }
}

/**
 * LA's link cut under load, on the chaos stack's registry and database with a broker of its own
 * (link-cut.ts). Where no network namespace can be made (not root, no iproute2) it is reported as
 * skipped, with the reason.
 */
async function cutLaLink(opts: ChaosOptions, cfg: StackConfig, log: (line: string) => void): Promise<LinkCutReport | { skipped: string }> {
  const unavailable = namespacesUnavailable();
  if (unavailable) {
    log(`chaos: link cut skipped: ${unavailable}`);
    return { skipped: unavailable };
  }
  const perSecond = 2;
  const cutAfterMs = 20_000;
  const { mongoUrl, registryUrl } = endpoints(cfg);
  return timed(`chaos: LA's link cut for ${Math.round(opts.linkCutMs / 1000)} s under load`, () =>
    runLinkCut({
      root: cfg.root,
      home: join(opts.home, 'link-cut'),
      kafkaPort: LINK_CUT_PORTS.kafka,
      laDatabasePort: LINK_CUT_PORTS.laDatabase,
      laApiPort: LINK_CUT_PORTS.laApi,
      registryUrl,
      mongoUrl,
      prefix: `cut_${opts.seed}`,
      // The load runs from before the cut until 20 s after the link is back.
      count: Math.ceil(((cutAfterMs + opts.linkCutMs + 20_000) / 1000) * perSecond),
      perSecond,
      cutAfterMs,
      cutForMs: opts.linkCutMs,
      catchUpDeadlineMs: 600_000,
      log,
    }),
  );
}
