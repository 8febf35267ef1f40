// When the exchange keeps up with an offered rate, and the rate at which it stops: a rate is kept up
// when the api accepted what was offered (nothing skipped for too many requests in flight, nothing
// refused), every accepted record reached the partner's view before the drain timeout, and the
// publish→view p99 stayed within a bound (a backlog that grows over the window shows as a p99 that
// grows with it).
export interface RateOutcome {
  offeredRatePerSec: number;
  requested: number;
  accepted: number;
  skipped: number;
  allArrived: boolean;
  p99Ms: number;
}

export interface KeepUpVerdict {
  keptUp: boolean;
  reason: string;
}

export function keepsUp(o: RateOutcome, maxP99Ms: number): KeepUpVerdict {
  if (o.skipped > 0) return { keptUp: false, reason: `${o.skipped} requests not sent: the api had too many in flight` };
  if (o.accepted < o.requested * 0.99) return { keptUp: false, reason: `${o.requested - o.accepted} of ${o.requested} not accepted` };
  if (!o.allArrived) return { keptUp: false, reason: 'not every accepted record reached the view before the drain timeout' };
  if (o.p99Ms > maxP99Ms) return { keptUp: false, reason: `publish→view p99 ${o.p99Ms} ms > ${maxP99Ms} ms` };
  return { keptUp: true, reason: `publish→view p99 ${o.p99Ms} ms ≤ ${maxP99Ms} ms, all arrived` };
}

/** Past the given ladder, each probe offers half as much again, rounded to 10/s. */
export const nextProbeRate = (rate: number): number => Math.max(rate + 10, Math.round((rate * 1.5) / 10) * 10);

export interface BreakingPoint {
  /** The highest rate kept up (null when not even the lowest was). */
  keptUpTo: number | null;
  /** The lowest rate not kept up (null when every rate tried was). */
  fellBehindAt: number | null;
  summary: string;
}

export function breakingPoint(results: ReadonlyArray<{ rate: number; keptUp: boolean }>): BreakingPoint {
  const sorted = [...results].sort((a, b) => a.rate - b.rate);
  const firstFail = sorted.find((r) => !r.keptUp);
  const keptBelow = sorted.filter((r) => r.keptUp && (firstFail === undefined || r.rate < firstFail.rate));
  const keptUpTo = keptBelow.length > 0 ? keptBelow[keptBelow.length - 1]!.rate : null;
  const fellBehindAt = firstFail?.rate ?? null;
  const summary =
    fellBehindAt === null
      ? `kept up with every rate tried, up to ${keptUpTo}/s`
      : keptUpTo === null
        ? `fell behind already at ${fellBehindAt}/s, the lowest rate tried`
        : `keeps up at ${keptUpTo}/s, falls behind at ${fellBehindAt}/s`;
  return { keptUpTo, fellBehindAt, summary };
}
