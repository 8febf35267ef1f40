// How many of a batch's dead letters are kept whole. A partner decides how many messages it writes
// to an inbox, so what its refused messages make this authority store must be bounded: per claimed
// source and hour, the first `perHour` letters are kept whole (position, headers, digest, the bytes
// where they may be kept); beyond that a letter only adds to a count per source, hour and reason,
// with a few samples of its position and digest. The source is the one the message claims, as that
// is all a refused message can tell: a partner that claims another's name only moves its own flood
// into the other's count, and nothing is ever admitted or refused by this budget.
export interface BudgetedLetter {
  claimedSource: string;
  receivedAt: Date;
}

/** The hour a letter is counted in, as its window's key ("2026-12-08T01"). */
export function budgetHour(at: Date): string {
  return at.toISOString().slice(0, 13);
}

/** Letters of one batch by source and hour, in their order. */
export function budgetGroups<T extends BudgetedLetter>(letters: readonly T[]): Map<string, { source: string; hour: string; letters: T[] }> {
  const groups = new Map<string, { source: string; hour: string; letters: T[] }>();
  for (const letter of letters) {
    const hour = budgetHour(letter.receivedAt);
    const key = `${letter.claimedSource}:${hour}`;
    const group = groups.get(key) ?? { source: letter.claimedSource, hour, letters: [] };
    group.letters.push(letter);
    groups.set(key, group);
  }
  return groups;
}

/** How many of `count` new letters still fit whole when `usedBefore` of the hour's budget are spent. */
export function keptWhole(usedBefore: number, count: number, perHour: number): number {
  return Math.max(0, Math.min(count, perHour - usedBefore));
}
