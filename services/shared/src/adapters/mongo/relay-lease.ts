// One relay per authority at a time, whatever the orchestrator does: a lease in the authority's
// database. A relay sends a batch only while it holds the lease, renews it before every batch and
// gives it up on stop. A relay cut off from the database cannot renew, so after `ttlMs` another
// takes over; a batch the old one was still sending is then sent twice at most, which views ignore
// (they apply a revision once). Each change of holder increments `epoch`, the fencing token.
import type { Connection } from 'mongoose';

interface LeaseDoc {
  _id: string;
  holder: string;
  expiresAt: Date;
  epoch: number;
}

const DUPLICATE_KEY = 11000;

export class RelayLease {
  constructor(
    private readonly conn: Connection,
    readonly holder: string,
    private readonly ttlMs = 30_000,
    private readonly name = 'relay',
  ) {}

  private get leases() {
    return this.conn.collection<LeaseDoc>('relay_lease');
  }

  /** Takes or renews the lease; false while another relay holds an unexpired one. */
  async acquire(now: Date = new Date()): Promise<{ held: boolean; epoch?: number }> {
    const expiresAt = new Date(now.getTime() + this.ttlMs);
    const renewed = await this.leases.findOneAndUpdate(
      { _id: this.name, holder: this.holder },
      { $set: { expiresAt } },
      { returnDocument: 'after', writeConcern: { w: 'majority', j: true } },
    );
    if (renewed) return { held: true, epoch: renewed.epoch };
    try {
      const taken = await this.leases.findOneAndUpdate(
        { _id: this.name, expiresAt: { $lte: now } },
        { $set: { holder: this.holder, expiresAt }, $inc: { epoch: 1 } },
        { upsert: true, returnDocument: 'after', writeConcern: { w: 'majority', j: true } },
      );
      return taken ? { held: true, epoch: taken.epoch } : { held: false };
    } catch (err) {
      // The upsert met a live lease of another holder (its _id exists but did not match).
      if ((err as { code?: unknown }).code === DUPLICATE_KEY) return { held: false };
      throw err;
    }
  }

  /** Gives the lease up at once, so a successor need not wait for it to expire. */
  async release(): Promise<void> {
    await this.leases.updateOne({ _id: this.name, holder: this.holder }, { $set: { expiresAt: new Date(0) } });
  }
}
