// The end of a run: wait until every outbox is drained (nothing pending) and every projector has
// taken in its whole inbox (consumer lag 0 on its /metrics), twice in a row, or until the deadline.
import type { AuthorityCode } from '@bex/shared';
import type mongoose from 'mongoose';
import { pendingOutbox } from './read-state';

export interface DrainResult {
  drained: boolean;
  waitedMs: number;
  /** Last figures seen per authority. */
  pending: Record<string, number>;
  lag: Record<string, number | null>;
}

async function consumerLag(metricsUrl: string): Promise<number | null> {
  try {
    const res = await fetch(`${metricsUrl}/metrics`, { signal: AbortSignal.timeout(5000) });
    const match = /^bex_projector_consumer_lag (\S+)$/m.exec(await res.text());
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

export async function waitForDrain(
  conn: mongoose.Connection,
  authorities: ReadonlyArray<{ code: AuthorityCode; metricsUrl: string }>,
  deadlineMs: number,
  log: (line: string) => void,
): Promise<DrainResult> {
  const started = Date.now();
  const result: DrainResult = { drained: false, waitedMs: 0, pending: {}, lag: {} };
  let quietRounds = 0;
  let lastLog = 0;
  while (Date.now() - started < deadlineMs) {
    for (const a of authorities) {
      result.pending[a.code] = await pendingOutbox(conn, a.code).catch(() => -1);
      result.lag[a.code] = await consumerLag(a.metricsUrl);
    }
    const quiet = authorities.every((a) => result.pending[a.code] === 0 && result.lag[a.code] === 0);
    quietRounds = quiet ? quietRounds + 1 : 0;
    if (quietRounds >= 2) {
      result.drained = true;
      break;
    }
    if (Date.now() - lastLog > 10_000) {
      lastLog = Date.now();
      log(`drain: outbox pending ${JSON.stringify(result.pending)}, projector lag ${JSON.stringify(result.lag)}`);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  result.waitedMs = Date.now() - started;
  return result;
}
