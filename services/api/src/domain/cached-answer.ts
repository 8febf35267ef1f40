// When a readiness check may reuse its last answer instead of asking the dependency again. Pure:
// the caller passes the time, so the rule is tested with a fake clock.

export interface CachedAnswer {
  ok: boolean;
  /** When the answer came back, in ms since the epoch. */
  atMs: number;
}

/** The last answer stands for `ttlMs`; a clock that went backwards does not extend it. */
export function answerStillFresh(last: CachedAnswer | undefined, nowMs: number, ttlMs: number): boolean {
  if (last === undefined) return false;
  const age = nowMs - last.atMs;
  return age >= 0 && age < ttlMs;
}
