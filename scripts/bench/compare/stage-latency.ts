// publish→view latency at the offered rates (20, 50, 100 records/s by default) on the exchange as
// `npm start` runs it: LA, VN and CN each one process with all three roles. LA's api takes
// SeizureCases at a fixed rate (open loop, scenarios.ts steadyRate) and the benchmark times each
// from its 202 to its appearance in VN's view. Past the ladder, the rate goes up by half each step
// until the exchange stops keeping up (keep-up.ts) or --max-rate is reached.
import { ViewStore } from '@bex/view';
import { OutboxStore } from '@bex/shared';
import { mintDevToken } from '../../dev-identity';
import { steadyRate, warmUp, type ScenarioNodes } from '../scenarios';
import { progress } from '../stats';
import type { StageContext } from './context';
import { breakingPoint, keepsUp, nextProbeRate, type BreakingPoint, type KeepUpVerdict } from './keep-up';
import { startRoles, type RoleProcess } from './role-process';

export interface RateResult extends KeepUpVerdict {
  rate: number;
  vnViewSizeAtEnd: number;
  run: Record<string, unknown>;
}

export interface LatencyStageResult {
  warmup: Awaited<ReturnType<typeof warmUp>>;
  rates: RateResult[];
  breakingPoint: BreakingPoint;
}

interface Summary {
  p99: number;
}

export async function latencyStage(ctx: StageContext): Promise<LatencyStageResult> {
  const { o, stack } = ctx;
  const prefix = await ctx.prefix('latency');
  const processes: RoleProcess[] = [];
  try {
    const dbs: Record<string, string> = {};
    for (const authority of ['LA', 'VN', 'CN'] as const) {
      dbs[authority] = ctx.database(`latency_${authority.toLowerCase()}`);
      const p = await startRoles(stack.cfg, ctx.runDir, { authority, roles: ['api', 'relay', 'projector'], prefix, dbName: dbs[authority]! });
      processes.push(p);
      ctx.rss.track(`authority ${authority} (api + relay + projector)`, p.runningPid);
    }
    const la = await ctx.connect(dbs.LA!);
    const vn = await ctx.connect(dbs.VN!, 'VN');
    const nodes: ScenarioNodes = {
      la: { outbox: new OutboxStore(la), views: new ViewStore(la) },
      vn: { views: new ViewStore(vn) },
      submitTo: { url: `${processes[0]!.apiUrl}/v1/seizure-cases`, headers: { authorization: `Bearer ${mintDevToken({ authority: 'LA', roles: ['officer'], office: 'LA-BTN', ttlSeconds: 3600 })}` } },
    };
    progress('latency: warm-up, 20 records');
    const warmup = await warmUp(nodes, 20, 20);
    const rates: RateResult[] = [];
    const runRate = async (rate: number): Promise<RateResult> => {
      progress(`latency: ${rate} records/s offered for ${o.rateDurationS} s`);
      const run = await steadyRate(nodes, { rate, durationS: o.rateDurationS, maxInFlight: 256, pollMs: 20, drainTimeoutMs: o.drainTimeoutS * 1000 });
      const verdict = keepsUp(
        {
          offeredRatePerSec: rate,
          requested: run.requested as number,
          accepted: run.accepted as number,
          skipped: run.skippedBecauseMaxInFlight as number,
          allArrived: run.allArrived as boolean,
          p99Ms: (run.publishToVnViewMs as Summary).p99,
        },
        o.keepUpMs,
      );
      const result = { rate, ...verdict, vnViewSizeAtEnd: await nodes.vn.views.collection('SeizureCase').estimatedDocumentCount(), run };
      rates.push(result);
      progress(`latency: ${rate}/s: ${verdict.keptUp ? 'kept up' : 'fell behind'} (${verdict.reason})`);
      return result;
    };
    let last: RateResult | undefined;
    for (const rate of o.rates) last = await runRate(rate);
    while (last?.keptUp && nextProbeRate(last.rate) <= o.maxRate) last = await runRate(nextProbeRate(last.rate));
    return { warmup, rates, breakingPoint: breakingPoint(rates) };
  } finally {
    for (const p of processes) {
      ctx.rss.untrack(`authority ${p.name.slice(0, 2).toUpperCase()} (api + relay + projector)`);
      await p.stop();
    }
  }
}
