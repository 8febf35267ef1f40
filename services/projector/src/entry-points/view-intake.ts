// What the projector takes into its view from the partitions it sorted at the same time: written
// together (one guarded bulk write per record type), then the receipts that intake owes and its
// possible matches with live alerts, each once. A partner's producer may put revisions of one
// record on several partitions; ViewStore.apply keeps the newest per key, as the revision guard
// would have across separate writes, so merging changes no outcome.
import { Coalescer, receiptsForApplied, type AnyRecord, type AuthorityCode, type Logger, type ReceiptOutbox, type RecordTypeName } from '@bex/shared';
import type { MatchStore, ViewDocument, ViewStore } from '@bex/view';

export type SortedViews = ReadonlyMap<RecordTypeName, ViewDocument[]>;

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
  private readonly writes = new Coalescer<SortedViews, void>((batches) => this.writeTogether(batches));

  constructor(private readonly opts: ViewIntakeOptions) {}

  /** Resolves once this partition's share is in the view, with its receipts owed and matches taken. */
  take(views: SortedViews): Promise<void> {
    return this.writes.submit(views);
  }

  private async writeTogether(batches: readonly SortedViews[]): Promise<void[]> {
    const merged = new Map<RecordTypeName, ViewDocument[]>();
    for (const views of batches) for (const [type, docs] of views) merged.set(type, [...(merged.get(type) ?? []), ...docs]);
    let applied = 0;
    for (const [type, docs] of merged) applied += await this.opts.views.apply(type, docs);
    await this.oweReceipts(merged);
    await this.match(merged);
    this.opts.onApplied?.(applied);
    return batches.map(() => undefined);
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
