// Reads of pending documents, oldest first, each bounded as the last batch suggests
// (domain/pending-bound.ts says why and why any bound is safe); a bounded read that finds nothing
// reads again without one. The relay reads its outbox so, and the receipt sender each source's
// owed receipts.
import type { OutboxDoc, OutboxStore } from '@bex/shared';
import { nextPendingBound, type Created } from '../domain/pending-bound';

/** The oldest `limit` pending documents, in order; with `createdAtUpTo`, only those created by then. */
export type PendingRead<T extends Created> = (limit: number, createdAtUpTo?: Date) => Promise<T[]>;

export class PendingReader<T extends Created> {
  private bound: Date | undefined;

  constructor(
    private readonly read: PendingRead<T>,
    private readonly limit: number,
  ) {}

  /** Reads the outbox's pending revisions, as the relay does. */
  static ofOutbox(outbox: OutboxStore, limit: number): PendingReader<OutboxDoc> {
    return new PendingReader((n, upTo) => outbox.pending(n, upTo), limit);
  }

  async next(): Promise<T[]> {
    const bound = this.bound;
    let docs = await this.read(this.limit, bound);
    if (docs.length === 0 && bound !== undefined) docs = await this.read(this.limit);
    this.bound = nextPendingBound(docs, this.limit, docs.length > 0 ? bound : undefined);
    return docs;
  }

  /** Whether the next read is bounded. */
  get bounded(): boolean {
    return this.bound !== undefined;
  }
}
