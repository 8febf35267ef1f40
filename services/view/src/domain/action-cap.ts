// How many ACTIONED receipts one partner may make a source keep about one record. Each names a
// different acting record (a hit), and a partner can make up as many ids as it likes, so the count
// is capped per record and partner; what goes beyond is only counted, so the owner still sees that
// a partner reported more than is plausible. No real alert is hit a thousand times by one partner.
export const DEFAULT_ACTIONED_PER_RECORD_AND_PARTNER = 1000;

/** Which of `fresh` still fit when `stored` are kept already: the first ones, in their order. */
export function withinActionCap<T>(stored: number, fresh: readonly T[], cap: number): { kept: T[]; beyond: T[] } {
  const room = Math.max(0, cap - stored);
  return { kept: fresh.slice(0, room), beyond: fresh.slice(room) };
}
