// Whether a rate stays flat as the view grows: from the times at which a growing count crossed
// each step (a rebuild, a seeding), the rate of each step with the view's size at its end.
export interface Crossing {
  count: number;
  atMs: number;
}

export interface StepRate {
  /** The view's size at the end of the step. */
  viewSize: number;
  recordsPerSec: number;
}

const round1 = (n: number): number => Number(n.toFixed(1));

/** Rates between consecutive crossings; steps of no time (two counts in one poll) merge into the next. */
export function stepRates(crossings: readonly Crossing[]): StepRate[] {
  const steps: StepRate[] = [];
  let from = crossings[0];
  for (const c of crossings.slice(1)) {
    if (!from || c.atMs <= from.atMs || c.count <= from.count) continue;
    steps.push({ viewSize: c.count, recordsPerSec: round1(((c.count - from.count) * 1000) / (c.atMs - from.atMs)) });
    from = c;
  }
  return steps;
}

/** Last step's rate over the first's: near 1 is flat, well below 1 means it slows as the view grows. */
export function flatness(steps: readonly StepRate[]): number | null {
  const first = steps[0]?.recordsPerSec;
  const last = steps[steps.length - 1]?.recordsPerSec;
  if (steps.length < 2 || !first || last === undefined) return null;
  return Number((last / first).toFixed(2));
}

/** The counts at which to note a crossing: every tenth of the target (at least one record apart). */
export function milestones(target: number, steps = 10): number[] {
  const out = new Set<number>();
  for (let i = 1; i <= steps; i++) out.add(Math.max(1, Math.round((target * i) / steps)));
  return [...out].sort((a, b) => a - b);
}
