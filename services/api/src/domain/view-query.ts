// A read of the view as plain data: which collection, which filter, which order, and which index.
// The rules of each query build one; data access runs it, and the index test explains the very
// same object, so what is proven to hit an index is what the routes send. Each query names its
// index: SecantusDB's planner falls back to a collection scan as soon as a filter has a field the
// index lacks ($ne on status, an $or), and a hint is also what MongoDB would be told in production
// to keep a plan from flipping as the data grows.
import type { RecordTypeName } from '@bex/shared';

export interface ViewQuery {
  collection: RecordTypeName;
  filter: Record<string, unknown>;
  sort?: Record<string, 1 | -1>;
  limit?: number;
  projection?: Record<string, 0 | 1>;
  /** The key pattern of the view index (services/projector view-store.ts) the query is built for. */
  hint: Record<string, 1 | -1>;
}

export const BY_TIME = { occurredAt: -1, _id: -1 } as const;

/** Statuses in which an alert asks gates to act; SUSPENDED, WITHDRAWN and EXPIRED do not. */
export const LIVE_ALERT = ['ACTIVE', 'AMENDED'] as const;

/** validFrom <= at < validUntil, where a missing bound does not limit. */
export function validAt(at: number): Record<string, unknown> {
  return {
    $and: [
      { $or: [{ validFrom: null }, { validFrom: { $lte: at } }] },
      { $or: [{ validUntil: null }, { validUntil: { $gt: at } }] },
    ],
  };
}
