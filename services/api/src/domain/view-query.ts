// A read of the view as plain data: which collection, which filter, which order, and which index.
// The rules of each query build one; data access runs it, and the index test explains the very
// same object, so what is proven to hit an index is what the routes send.
// SecantusDB plans a collection scan as soon as a filter names a field its index lacks ($ne on
// status, an $or), and a hint, though it yields an index plan, costs ~600 ms at 20,000 documents.
// So the filter names only fields of the index it is shaped for, and whatever else must hold (a
// nullable validity bound, a tie-break) is a residual predicate checked on the few documents read.
import type { ViewDocument } from '@bex/view';
import type { RecordTypeName } from '@bex/shared';

export interface ViewQuery {
  collection: RecordTypeName;
  filter: Record<string, unknown>;
  sort?: Record<string, 1 | -1>;
  limit?: number;
  projection?: Record<string, 0 | 1>;
  /** The key pattern of the view index (services/view, view-store.ts) the filter is shaped for. */
  index: Record<string, 1 | -1>;
  /** Checked on each document the index yields; the filter alone must keep that set small. */
  residual?: (doc: ViewDocument) => boolean;
}

export const BY_TIME = { occurredAt: -1, _id: -1 } as const;

/** Statuses in which an alert asks gates to act; SUSPENDED, WITHDRAWN and EXPIRED do not. */
export const LIVE_ALERT = ['ACTIVE', 'AMENDED'] as const;

/** validFrom <= at < validUntil, where a missing bound does not limit. */
export function validAt(at: number): (doc: ViewDocument) => boolean {
  return (doc) => (doc.validFrom == null || doc.validFrom <= at) && (doc.validUntil == null || doc.validUntil > at);
}

/** Documents by their keys (source:recordId), e.g. both sides of possible matches. */
export function byKeys(collection: RecordTypeName, keys: readonly string[]): ViewQuery {
  return { collection, filter: { _id: { $in: [...keys] } }, index: { _id: 1 } };
}
