// How many requests of each key (a token subject) are being answered at once, with a ceiling per
// key: a request enters if its key holds fewer than `max`, and leaves once its work is done. No
// clock and no I/O: the caller says when work starts and ends. Keys at zero are forgotten, so the
// map holds only keys with work in hand.
export class InFlightLimit {
  private readonly counts = new Map<string, number>();

  constructor(readonly max: number) {
    if (!Number.isInteger(max) || max < 1) throw new Error(`in-flight limit must be a positive integer, got ${max}`);
  }

  /** Requests of `key` in hand now. */
  of(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  /** Keys with work in hand. */
  get keys(): number {
    return this.counts.size;
  }

  /** Admits one more request of `key` if it holds fewer than the ceiling; true when admitted. */
  tryEnter(key: string): boolean {
    const now = this.of(key);
    if (now >= this.max) return false;
    this.counts.set(key, now + 1);
    return true;
  }

  /** One admitted request of `key` is done. */
  leave(key: string): void {
    const now = this.of(key);
    if (now <= 1) this.counts.delete(key);
    else this.counts.set(key, now - 1);
  }
}
