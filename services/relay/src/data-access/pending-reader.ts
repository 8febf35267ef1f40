// The relay's reads of pending outbox documents, oldest first, each bounded as the last batch
// suggests (domain/pending-bound.ts says why and why any bound is safe); a bounded read that finds
// nothing reads again without one.
import type { OutboxDoc, OutboxStore } from '@bex/shared';
import { nextPendingBound } from '../domain/pending-bound';

export class PendingReader {
  private bound: Date | undefined;

  constructor(
    private readonly outbox: OutboxStore,
    private readonly limit: number,
  ) {}

  async next(): Promise<OutboxDoc[]> {
    const bound = this.bound;
    let docs = await this.outbox.pending(this.limit, bound);
    if (docs.length === 0 && bound !== undefined) docs = await this.outbox.pending(this.limit);
    this.bound = nextPendingBound(docs, this.limit, docs.length > 0 ? bound : undefined);
    return docs;
  }

  /** Whether the next read is bounded. */
  get bounded(): boolean {
    return this.bound !== undefined;
  }
}
