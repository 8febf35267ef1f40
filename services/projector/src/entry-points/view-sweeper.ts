// Time-driven changes to the view, made without anyone acting. Expiry is a status change, not a
// TTL deletion: an alert past its validity end stays as EXPIRED, so a border branch can still see
// that it existed. Retention is a purge: past meta.retainUntil only the tombstone of a record stays,
// in every view that holds it, the source's partners' included. Dead letters drop the bytes they
// kept for investigation when their time is up. Each is one indexed update per sweep.
import { Heartbeat, RECORD_TYPES, type Logger } from '@bex/shared';
import type { DeadLetterStore, ViewStore } from '@bex/view';

export interface SweepResult {
  expired: number;
  purged: number;
  deadLetterBytesDropped: number;
}

export class ViewSweeper {
  private timer: NodeJS.Timeout | undefined;
  /** Beats when a sweep ends, failed or not: a sweep that hangs (a database that never answers) stops it. */
  readonly heartbeat = new Heartbeat();

  constructor(
    private readonly views: ViewStore,
    private readonly deadLetters: DeadLetterStore,
    private readonly logger: Logger,
    private readonly clock: () => Date = () => new Date(),
    readonly everyMs = 30_000,
  ) {}

  async sweep(now = this.clock()): Promise<SweepResult> {
    const expiry = await this.views
      .collection('VehicleRiskAlert')
      .updateMany(
        { status: { $in: ['ACTIVE', 'AMENDED'] }, validUntil: { $lt: now.getTime() } },
        { $set: { status: 'EXPIRED', 'record.meta.status': 'EXPIRED' } },
      );
    let purged = 0;
    for (const type of RECORD_TYPES) purged += await this.views.purgeExpired(type, now);
    const result = { expired: expiry.modifiedCount, purged, deadLetterBytesDropped: await this.deadLetters.dropExpiredBytes(now) };
    if (result.expired + result.purged + result.deadLetterBytesDropped > 0) this.logger.info(result, 'view swept');
    return result;
  }

  start(): void {
    this.heartbeat.beat();
    let sweeping = false;
    this.timer = setInterval(() => {
      // One sweep at a time: a slow one is not stacked upon, and its silence shows in the heartbeat.
      if (sweeping) return;
      sweeping = true;
      this.sweep()
        .catch((err: unknown) => this.logger.warn({ err: (err as Error).message }, 'view sweep failed'))
        .finally(() => {
          sweeping = false;
          this.heartbeat.beat();
        });
    }, this.everyMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
