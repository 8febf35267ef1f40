// Expiry is a status change, not a TTL deletion: an alert past its validity end stays in the view
// as EXPIRED, so a border branch can still see that it existed. One indexed updateMany per sweep.
import type { Logger } from '@bex/shared';
import type { ViewStore } from '../data-access/view-store';

export class AlertExpirySweeper {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly views: ViewStore,
    private readonly logger: Logger,
    private readonly everyMs = 30_000,
  ) {}

  async sweep(now = new Date()): Promise<number> {
    const result = await this.views
      .collection('VehicleRiskAlert')
      .updateMany(
        { status: { $in: ['ACTIVE', 'AMENDED'] }, validUntil: { $lt: now.getTime() } },
        { $set: { status: 'EXPIRED', 'record.meta.status': 'EXPIRED' } },
      );
    if (result.modifiedCount > 0) this.logger.info({ expired: result.modifiedCount }, 'alerts expired');
    return result.modifiedCount;
  }

  start(): void {
    this.timer = setInterval(() => {
      this.sweep().catch((err: unknown) => this.logger.warn({ err: (err as Error).message }, 'expiry sweep failed'));
    }, this.everyMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
