// The JSON report of a chaos run: what was sent and answered, which faults hit when and how long
// recovery took, and every difference between the views and what the 202s imply, by category and
// by authority (with the first examples of each, to start an investigation from).
import type { LinkCutReport } from './link-cut';
import { DIFFERENCE_CATEGORIES } from './compare-views';
import type { DrainResult } from './drain';
import type { FaultRecord } from './faults';
import type { LoadStats } from './load-driver';
import type { ChaosOptions } from './options';
import type { Verification } from './verify';

const EXAMPLES = 10;

export interface ChaosReport {
  ok: boolean;
  /** LA's link cut under load, after the faults (or why it could not run). */
  linkCut?: LinkCutReport | { skipped: string };
  seed: number;
  options: { count: number; rate: number; concurrency: number; faultsPerKind: number; kinds: readonly string[] };
  submissions: number;
  accepted202: number;
  notAccepted: Record<string, number>;
  unknownOutcome: number;
  acceptedWithout202: number;
  byAuthority: Record<string, { submissions: number; accepted202: number; viewDocuments: number; differences: number }>;
  byAction: Record<string, { submissions: number; accepted: number }>;
  expectedCopies: number;
  differences: Record<string, number> & { total: number };
  examples: Record<string, unknown[]>;
  faults: FaultRecord[];
  recovery: Record<string, { count: number; minMs: number; maxMs: number; meanMs: number; exchangeReadyMaxMs: number }>;
  drain: DrainResult;
  loadDurationMs: number;
  durationMs: number;
}

export function buildReport(opts: ChaosOptions, load: LoadStats, faults: FaultRecord[], drain: DrainResult, v: Verification, durationMs: number): ChaosReport {
  const categories = [...DIFFERENCE_CATEGORIES, 'notInOutbox', 'unexplainedOutbox', 'quarantined'] as const;
  const all = [...v.differences.map((d) => ({ ...d, holder: d.holder as string })), ...v.outboxDifferences.map((d) => ({ ...d, holder: d.source as string }))];
  const differences = Object.fromEntries(categories.map((c) => [c, all.filter((d) => d.category === c).length])) as Record<string, number> & { total: number };
  differences.total = all.length;
  const examples: Record<string, unknown[]> = {};
  for (const c of categories) {
    const some = all.filter((d) => d.category === c).slice(0, EXAMPLES);
    if (some.length > 0) examples[c] = some;
  }
  const byAuthority: ChaosReport['byAuthority'] = {};
  for (const [code, s] of Object.entries(load.byAuthority)) {
    byAuthority[code] = { submissions: s.submissions, accepted202: s.accepted, viewDocuments: v.viewDocuments[code] ?? 0, differences: all.filter((d) => d.holder === code).length };
  }
  const recovery: ChaosReport['recovery'] = {};
  for (const kind of new Set(faults.map((f) => f.kind))) {
    const of = faults.filter((f) => f.kind === kind);
    const ms = of.map((f) => f.recoveredAfterMs);
    recovery[kind] = {
      count: of.length,
      minMs: Math.min(...ms),
      maxMs: Math.max(...ms),
      meanMs: Math.round(ms.reduce((a, b) => a + b, 0) / ms.length),
      exchangeReadyMaxMs: Math.max(...of.map((f) => f.exchangeReadyAfterMs)),
    };
  }
  const missingFaults = opts.kinds.filter((k) => faults.filter((f) => f.kind === k).length < opts.faultsPerKind);
  return {
    ok: all.length === 0 && drain.drained && missingFaults.length === 0,
    seed: opts.seed,
    options: { count: opts.count, rate: opts.rate, concurrency: opts.concurrency, faultsPerKind: opts.faultsPerKind, kinds: opts.kinds },
    submissions: load.submissions,
    accepted202: load.accepted,
    notAccepted: load.notAccepted,
    unknownOutcome: load.unknownOutcome,
    acceptedWithout202: v.acceptedWithout202,
    byAuthority,
    byAction: load.byAction,
    expectedCopies: v.expectedCopies,
    differences,
    examples,
    faults,
    recovery,
    drain,
    loadDurationMs: load.durationMs,
    durationMs,
  };
}
