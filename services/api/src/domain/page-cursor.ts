// Keyset pagination, newest first: a page ends at a position (sort key, id) and the next page
// starts strictly after it, so records arriving meanwhile neither repeat nor shift pages as skip()
// would. A cursor is the position written out, `<sort key>.<id in base64url>`: every text of that
// shape names a position (the OpenAPI document states the shape as CURSOR_PATTERN), so a cursor
// is never refused for what it holds, and one a client made up just pages on from where it says.
import { clampInstant } from './timestamp-type';
export interface Position {
  key: number;
  id: string;
}

// Fifteen digits hold every instant a store keeps (and more, clamped); 171 base64url characters
// hold an id of 128 bytes, twice the longest the api makes (source:uuid, an ObjectId's hex).
export const CURSOR_PATTERN = /^(0|-?[1-9][0-9]{0,14})\.[A-Za-z0-9_-]{0,171}$/;

export function encodeCursor(position: Position): string {
  return `${position.key}.${Buffer.from(position.id, 'utf8').toString('base64url')}`;
}

export function decodeCursor(cursor: string): Position | undefined {
  if (!CURSOR_PATTERN.test(cursor)) return undefined;
  const dot = cursor.indexOf('.');
  // A key beyond what any store holds means the same as the nearest one it holds.
  return { key: clampInstant(Number(cursor.slice(0, dot))), id: Buffer.from(cursor.slice(dot + 1), 'base64url').toString('utf8') };
}

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
export function page<T>(items: T[], limit: number, positionOf: (item: T) => Position): { items: T[]; nextCursor: string | null } {
  if (items.length <= limit) return { items, nextCursor: null };
  const kept = items.slice(0, limit);
  return { items: kept, nextCursor: encodeCursor(positionOf(kept[kept.length - 1]!)) };
}
