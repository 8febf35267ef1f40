// The fault injector: at seeded random times it kills -9 one of the chaos stack's processes (an
// authority, the database, Kafka, the registry), restarts it and waits until it is ready again.
// Only processes this stack recorded as its own are ever touched (runningPid checks the marker).
import { apiUrlOf, authorityProcessName, startAuthorityProcess, type AuthorityPorts } from '../exchange/authorities';
import type { StackConfig } from '../stack/config';
import { kafkaNodes } from '../stack/kafka';
import { killHard } from '../stack/kill-hard';
import { componentNamed, upOne } from '../stack/stack';
import type { FaultKind } from './options';
import type { Rng } from './rng';

export interface FaultRecord {
  kind: FaultKind;
  target: string;
  pid: number;
  /** ISO time of the kill, and milliseconds since the run started. */
  at: string;
  atMs: number;
  /** Until the restarted process answered its readiness probe. */
  recoveredAfterMs: number;
  /** Until every authority's /readyz answered 200 again (its broker and registry checks included). */
  exchangeReadyAfterMs: number;
}

export interface FaultContext {
  cfg: StackConfig;
  authorities: readonly AuthorityPorts[];
  authorityEnv: NodeJS.ProcessEnv;
  runStartedAt: number;
  log: (line: string) => void;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function allReady(authorities: readonly AuthorityPorts[], deadline: number): Promise<void> {
  for (const a of authorities) {
    while (Date.now() < deadline) {
      const ok = await fetch(`${apiUrlOf(a.port)}/readyz`, { signal: AbortSignal.timeout(3000) }).then((r) => r.ok, () => false);
      if (ok) break;
      await sleep(250);
    }
  }
}

export async function injectFault(kind: FaultKind, ctx: FaultContext, rng: Rng): Promise<FaultRecord> {
  const started = Date.now();
  let target: string;
  let pid: number;
  if (kind === 'authority') {
    const a = rng.pick(ctx.authorities);
    target = authorityProcessName(a.code);
    pid = await killHard(ctx.cfg, target, a.port);
    ctx.log(`fault: kill -9 ${target} (pid ${pid})`);
    await startAuthorityProcess(ctx.cfg, a, ctx.authorityEnv);
  } else {
    // On a three-node cluster a Kafka fault strikes one node, chosen at random: the other two keep
    // a quorum and the in-sync replicas (min 2) that acks=all needs.
    target = kind === 'kafka' ? rng.pick(kafkaNodes(ctx.cfg).map((c) => c.name)) : kind;
    pid = await killHard(ctx.cfg, target, componentNamed(ctx.cfg, target).port(ctx.cfg));
    ctx.log(`fault: kill -9 ${target} (pid ${pid})`);
    await upOne(ctx.cfg, target);
  }
  const recoveredAfterMs = Date.now() - started;
  await allReady(ctx.authorities, Date.now() + ctx.cfg.readyTimeoutMs);
  const record: FaultRecord = {
    kind,
    target,
    pid,
    at: new Date(started).toISOString(),
    atMs: started - ctx.runStartedAt,
    recoveredAfterMs,
    exchangeReadyAfterMs: Date.now() - started,
  };
  ctx.log(`fault: ${target} recovered after ${recoveredAfterMs} ms (exchange ready after ${record.exchangeReadyAfterMs} ms)`);
  return record;
}

/**
 * Every kind `perKind` times in a seeded order, one at a time, each after a random pause spread over
 * the expected length of the load. Keeps going after the load ended until every fault was injected.
 */
/** About how long each kind takes to come back on two cores, so that the faults fit into the load. */
const TYPICAL_RECOVERY_MS: Record<FaultKind, number> = { authority: 45_000, database: 2_000, kafka: 15_000, registry: 30_000 };

export async function runFaults(kinds: readonly FaultKind[], perKind: number, expectedLoadMs: number, ctx: FaultContext, rng: Rng, timeline: FaultRecord[]): Promise<void> {
  const plan = rng.shuffle(kinds.flatMap((k) => Array.from({ length: perKind }, () => k)));
  const recovering = plan.reduce((ms, k) => ms + TYPICAL_RECOVERY_MS[k], 0);
  const slot = Math.max(1000, (expectedLoadMs - recovering) / (plan.length + 1));
  for (const kind of plan) {
    await sleep(Math.round(slot * (0.3 + 0.7 * rng.next())));
    timeline.push(await injectFault(kind, ctx, rng));
  }
}
