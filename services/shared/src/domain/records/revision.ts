// A view applies a revision only if it is newer than the one it holds, so replays, duplicates and
// reordering leave it exact. The MongoDB guard (`revision: { $lt: n }`) is the same rule in a query.
export function isNewerRevision(incoming: number, held: number | undefined): boolean {
  return held === undefined || incoming > held;
}

/** The last write wins per record id, by revision: what one batch of deliveries boils down to. */
export function latestPerRecord<T>(items: T[], idOf: (item: T) => string, revisionOf: (item: T) => number): T[] {
  const latest = new Map<string, T>();
  for (const item of items) {
    const held = latest.get(idOf(item));
    if (held === undefined || isNewerRevision(revisionOf(item), revisionOf(held))) latest.set(idOf(item), item);
  }
  return [...latest.values()];
}
