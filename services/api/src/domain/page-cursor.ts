// Keyset pagination, newest first: a page ends at a position (sort key, id) and the next page
// starts strictly after it, so records arriving meanwhile neither repeat nor shift pages as skip()
// would. The cursor is opaque to callers (base64url JSON) and checked on the way back in, because
// it is their input like any other parameter.
import { clampInstant } from './timestamp-type';
export interface Position {
  key: number;
  id: string;
}

const MAX_CURSOR_LENGTH = 512;

export function encodeCursor(keyName: string, position: Position): string {
  return Buffer.from(JSON.stringify({ [keyName]: position.key, _id: position.id })).toString('base64url');
}

export function decodeCursor(keyName: string, cursor: string): Position | undefined {
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object') return undefined;
  const { [keyName]: key, _id: id } = parsed as Record<string, unknown>;
  if (typeof key !== 'number' || !Number.isSafeInteger(key) || key !== clampInstant(key) || typeof id !== 'string' || id.length === 0 || id.length > 128) return undefined;
  return { key, id };
}

/**
 * "After this position" in (key desc, _id desc) order. The key bound is a plain range, which
 * becomes index bounds; only ties on the key are settled by the id, on the entries in range.
 */
/**
 * What comes after `position` in (key desc, _id desc) order: an index range up to the key, and the
 * tie-break on _id as a residual check (items sharing the key that were already shown come back
 * from the range and are dropped there).
 */
export function after(keyField: string, position: Position): { range: Record<string, number>; residual: (doc: { _id: string }) => boolean } {
  return {
    range: { $lte: position.key },
    residual: (doc) => ((doc as unknown as Record<string, number>)[keyField] ?? 0) < position.key || doc._id < position.id,
  };
}

/** Splits one extra fetched item off a page: its presence means there is a next page. */
export function page<T>(items: T[], limit: number, positionOf: (item: T) => Position, keyName: string): { items: T[]; nextCursor: string | null } {
  if (items.length <= limit) return { items, nextCursor: null };
  const kept = items.slice(0, limit);
  return { items: kept, nextCursor: encodeCursor(keyName, positionOf(kept[kept.length - 1]!)) };
}
