// When a replay (a view rebuild) may be given up on. A large inbox takes as long as it takes, so a
// fixed deadline would make some views impossible to rebuild; what is worth giving up on is a
// replay that has stopped moving: no offset committed past the last one for `maxSilenceMs`.

/** Where the consumer group stands on its inbox, summed over partitions. */
export interface CatchUp {
  /** Records not yet taken in. */
  lag: number;
  /** Records taken in (committed past) since the beginning of the retained log. */
  taken: number;
}

/** What the watch remembers between two looks. */
export interface CatchUpWatch {
  taken: number;
  progressAt: number;
}

export type CatchUpVerdict = 'caught-up' | 'waiting' | 'stalled';

/** Judges one look at the group's position; `previous` is undefined at the first look. */
export function judgeCatchUp(previous: CatchUpWatch | undefined, seen: CatchUp, now: number, maxSilenceMs: number): { verdict: CatchUpVerdict; watch: CatchUpWatch } {
  const moved = previous === undefined || seen.taken > previous.taken;
  const watch = moved ? { taken: seen.taken, progressAt: now } : previous;
  if (seen.lag <= 0) return { verdict: 'caught-up', watch };
  return { verdict: now - watch.progressAt > maxSilenceMs ? 'stalled' : 'waiting', watch };
}
