// Work handed in by concurrent callers is done together: whatever arrives while a flush runs (or
// within the same event-loop turn) waits and goes into the next flush as one list, so N callers
// pay for one round trip instead of N. One flush at a time, so a caller that hands in its next
// item only after its previous one resolved keeps its own order. Each caller gets its own result,
// or the flush's error when the flush failed as a whole.
export interface CoalescerOptions {
  /** The most items in one flush; the rest wait for the next one. */
  maxItems?: number;
}

interface Waiting<In, Out> {
  item: In;
  resolve: (out: Out) => void;
  reject: (err: unknown) => void;
}

export class Coalescer<In, Out> {
  private queue: Waiting<In, Out>[] = [];
  private flushing = false;
  private scheduled = false;
  private readonly maxItems: number;

  /** `flushAll` answers one result per item, in the order of the items. */
  constructor(
    private readonly flushAll: (items: In[]) => Promise<Out[]>,
    options: CoalescerOptions = {},
  ) {
    this.maxItems = options.maxItems ?? Number.POSITIVE_INFINITY;
  }

  submit(item: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.flushing) return;
    this.scheduled = true;
    // One turn of the event loop: callers woken by the same fetch hand in together.
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.flushing || this.queue.length === 0) return;
    this.flushing = true;
    const batch = this.queue.splice(0, this.maxItems);
    try {
      const outs = await this.flushAll(batch.map((w) => w.item));
      if (outs.length !== batch.length) throw new Error(`coalescer: ${outs.length} results for ${batch.length} items`);
      batch.forEach((w, i) => w.resolve(outs[i]!));
    } catch (err) {
      for (const w of batch) w.reject(err);
    } finally {
      this.flushing = false;
      if (this.queue.length > 0) this.schedule();
    }
  }
}
