// How far the relay reads the outbox's pending documents. SecantusDB answers an index query by
// decoding every document that matches before it sorts and limits, so "the oldest 500 pending"
// costs the whole backlog: 2 s a batch at 20,000 pending (measured on disk), which made draining a
// backlog quadratic and held the database's lock meanwhile. An upper bound on createdAt narrows
// what matches (90 ms for the same batch). Any bound is safe: every pending document older than
// it still matches, so the oldest `limit` of those are the oldest `limit` overall, in order, or
// a shorter prefix of that order. The bound only decides how much the database decodes. (SecantusDB
// 0.7.0b3 leaves out documents created exactly at the bound when, as here, the range is on a
// middle field of the index: those come after all the others in the order, so the read is still
// a prefix, and they are read next time.)

/** A document of the last batch read, by its creation time. */
export interface Created {
  createdAt: Date;
}

/**
 * The bound for the next read, given the batch just read and the bound it was read with: after a
 * full batch, as far past its last document as the batch spanned (about one more batch's worth);
 * after a batch the bound cut short, twice as far from its first document; after an unbounded
 * short batch or an empty one, none (little is pending, so reading all of it is cheap). The relay
 * reads again without a bound when a bounded read finds nothing.
 */
export function nextPendingBound(batch: readonly Created[], limit: number, readWith?: Date): Date | undefined {
  const first = batch[0];
  const last = batch[batch.length - 1];
  if (first === undefined || last === undefined) return undefined;
  const from = first.createdAt.getTime();
  if (batch.length >= limit) return new Date(last.createdAt.getTime() + Math.max(last.createdAt.getTime() - from, 1));
  if (readWith === undefined) return undefined;
  return new Date(readWith.getTime() + Math.max(readWith.getTime() - from, 1));
}
