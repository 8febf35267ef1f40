// What the projector takes into its view from the partitions it sorted at the same time: written
// together (one guarded bulk write per record type), then the receipts that intake owes and its
// possible matches with live alerts, each once. A partner's producer may put revisions of one
// record on several partitions; ViewStore.apply keeps the newest per key, as the revision guard
// would have across separate writes, so merging changes no outcome.
import { Coalescer, receiptsForApplied, type AnyRecord, type AuthorityCode, type Logger, type ReceiptOutbox, type RecordTypeName } from '@bex/shared';
import type { Applied, MatchStore, ViewDocument, ViewStore } from '@bex/view';

export type SortedViews = ReadonlyMap<RecordTypeName, ViewDocument[]>;
export type RefusedWrites = Applied['refused'];

export interface ViewIntakeOptions {
  self: AuthorityCode;
  views: ViewStore;
  logger: Logger;
  /** Where DELIVERED and ACTIONED receipts are owed; none without it. */
  owed?: ReceiptOutbox;
  /** Where possible matches are recorded; none without it. */
  matches?: MatchStore;
  onApplied?: (count: number) => void;
  now?: () => Date;
}

export class ViewIntake {
  private readonly writes = new Coalescer<SortedViews, RefusedWrites>((batches) => this.writeTogether(batches));

  constructor(private readonly opts: ViewIntakeOptions) {}

  /**
   * Resolves once this partition's share is in the view, with its receipts owed and matches taken,
   * to the documents of that share the database refused (the caller dead-letters them).
   */
  take(views: SortedViews): Promise<RefusedWrites> {
    return this.writes.submit(views);
  }

  private async writeTogether(batches: readonly SortedViews[]): Promise<RefusedWrites[]> {
    const merged = new Map<RecordTypeName, ViewDocument[]>();
    for (const views of batches) for (const [type, docs] of views) merged.set(type, [...(merged.get(type) ?? []), ...docs]);
    let applied = 0;
    const refused: RefusedWrites = [];
    for (const [type, docs] of merged) {
      const result = await this.opts.views.apply(type, docs);
      applied += result.changed;
      refused.push(...result.refused);
    }
    // What the view refused was not taken in: no receipt is owed for it and it matches nothing.
    const refusedDocs = new Set(refused.map((r) => r.doc));
    const taken = refusedDocs.size === 0 ? merged : new Map([...merged].map(([type, docs]) => [type, docs.filter((d) => !refusedDocs.has(d))] as const));
    await this.oweReceipts(taken);
    await this.match(taken);
    this.opts.onApplied?.(applied);
    return batches.map((views) => {
      const own = new Set([...views.values()].flat());
      return refused.filter((r) => own.has(r.doc));
    });
  }

  /**
   * The receipts this view owes for what it just took in, journaled before the offsets move on, so
   * a crash replays them with the batch. A revision the guard ignored (older than the one held) is
   * reported too: it did reach this view, and the source's store keeps one receipt per fact.
   */
  private async oweReceipts(views: SortedViews): Promise<void> {
    if (this.opts.owed === undefined) return;
    const now = this.now();
    const applied = [...views].flatMap(([type, docs]) =>
      docs.map((d) => ({ subject: { source: d.source as AuthorityCode, recordId: d.recordId, recordType: type, revision: d.revision }, record: d.record as AnyRecord | null })),
    );
    await this.opts.owed.add(receiptsForApplied(applied, this.opts.self, now.getTime()), now);
  }

  /** Seizures and hits just taken in, against the live alerts of the view: one indexed read. */
  private async match(views: SortedViews): Promise<void> {
    if (this.opts.matches === undefined) return;
    const records = (['SeizureCase', 'AlertHit'] as const).flatMap((type) => (views.get(type) ?? []).map((doc) => ({ type, doc })));
    if (records.length === 0) return;
    const found = await this.opts.matches.take(records, this.now());
    if (found > 0) this.opts.logger.info({ possibleMatches: found }, 'possible matches with live alerts');
  }

  private now(): Date {
    return (this.opts.now ?? (() => new Date()))();
  }
}
