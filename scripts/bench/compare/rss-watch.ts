// Resident memory of every process a stage involves (the benchmark itself, each role process,
// Kafka, the registry, the database, Connect), sampled every second; a stage reports each one's
// peak and its value at the end.
import { rssMb } from '../../stack/processes';

export interface RssFigure {
  peakMb: number;
  endMb: number | null;
}

export class RssWatch {
  private readonly pids = new Map<string, () => number | undefined>();
  private readonly peaks = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly everyMs = 1000) {}

  /** Follows a named process; `pid` is asked each time, so a restarted process is still followed. */
  track(name: string, pid: () => number | undefined): void {
    this.pids.set(name, pid);
    this.sample();
  }

  untrack(name: string): void {
    this.sample();
    this.pids.delete(name);
  }

  start(): void {
    this.timer ??= setInterval(() => this.sample(), this.everyMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private sample(): void {
    for (const [name, pid] of this.pids) {
      const p = pid();
      const mb = p === undefined ? undefined : rssMb(p);
      if (mb !== undefined) this.peaks.set(name, Math.max(this.peaks.get(name) ?? 0, mb));
    }
  }

  /** Peaks since the last call (then starts over), with each process's current figure. */
  take(): Record<string, RssFigure> {
    this.sample();
    const out: Record<string, RssFigure> = {};
    for (const [name, peak] of this.peaks) {
      const p = this.pids.get(name)?.();
      out[name] = { peakMb: peak, endMb: p === undefined ? null : (rssMb(p) ?? null) };
    }
    this.peaks.clear();
    return out;
  }
}
