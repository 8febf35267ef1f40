// Splits a relay batch so that no produce request can exceed what the broker accepts. The broker
// refuses a partition's batch above message.max.bytes (1 MB by default), and with an idempotent
// producer a refused request also spends sequence numbers, so every later send fails too: the
// relay must never send such a request rather than recover from one. Bounding the bytes per topic
// of each chunk bounds every partition's batch; a document whose message to one topic is above
// the bound alone can never be sent and is set apart.
export interface Sized {
  /** Bytes per topic this item would add to a produce request. */
  bytesByTopic: ReadonlyMap<string, number>;
}

export function sizeChunks<T extends Sized>(items: readonly T[], limit: number): { chunks: T[][]; oversized: T[] } {
  const chunks: T[][] = [];
  const oversized: T[] = [];
  let current: T[] = [];
  let used = new Map<string, number>();
  for (const item of items) {
    if ([...item.bytesByTopic.values()].some((b) => b > limit)) {
      oversized.push(item);
      continue;
    }
    const fits = [...item.bytesByTopic].every(([topic, b]) => (used.get(topic) ?? 0) + b <= limit);
    if (!fits && current.length > 0) {
      chunks.push(current);
      current = [];
      used = new Map();
    }
    current.push(item);
    for (const [topic, b] of item.bytesByTopic) used.set(topic, (used.get(topic) ?? 0) + b);
  }
  if (current.length > 0) chunks.push(current);
  return { chunks, oversized };
}
