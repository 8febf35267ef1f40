// Progress, not existence: a role is alive while its loop keeps turning. A relay stuck in a produce
// that never returns, a consumer whose fetch loop stopped without a crash event, or a sweeper whose
// sweep hangs on the database all still "run"; only the time since their last turn shows it. The
// orchestrator restarts a process whose heartbeat is older than the allowed silence.
export class Heartbeat {
  private last: number;

  /** Starting counts as a beat: a role gets the whole allowed silence for its first turn. */
  constructor(now: number = Date.now()) {
    this.last = now;
  }

  beat(now: number = Date.now()): void {
    this.last = Math.max(this.last, now);
  }

  /** When the last beat was (epoch milliseconds). */
  lastAt(): number {
    return this.last;
  }

  /** Milliseconds since the last beat. */
  silentFor(now: number = Date.now()): number {
    return Math.max(0, now - this.last);
  }

  /** Whether the role has made no progress for longer than `maxSilenceMs`. */
  stalled(maxSilenceMs: number, now: number = Date.now()): boolean {
    return this.silentFor(now) > maxSilenceMs;
  }
}
