// VIEWED receipts: the first time a user of this authority opens a partner's record, the partner
// is told (no user identity leaves: only the record, the revision and the time). Owed through the
// receipt outbox like every receipt. The ids already owed are remembered for a while, so a record
// opened again costs no database round trip; the outbox's id keeps it one receipt anyway.
import { findAgreementEver, sendsViewedReceipts, viewedReceipt, type Agreement, type AuthorityCode, type Logger, type ReceiptOutbox, type RecordTypeName } from '@bex/shared';
import type { ViewDocument } from '@bex/view';

const REMEMBERED = 10_000;

export class ViewedReceipts {
  private readonly owed = new Set<string>();

  constructor(
    private readonly outbox: ReceiptOutbox,
    private readonly self: AuthorityCode,
    private readonly agreements: readonly Agreement[],
    private readonly logger: Logger,
  ) {}

  /** Owes a VIEWED receipt for a partner's record with content; a failure is logged, never the reader's problem. */
  async opened(type: RecordTypeName, doc: ViewDocument, now: Date): Promise<void> {
    if (doc.record === null || doc.source === this.self) return;
    const agreement = findAgreementEver(this.agreements, doc.source, this.self);
    if (agreement !== undefined && !sendsViewedReceipts(agreement)) return;
    const receipt = viewedReceipt({ source: doc.source as AuthorityCode, recordId: doc.recordId, recordType: type, revision: doc.revision }, this.self, now.getTime());
    const key = `${doc.source}:${doc.recordId}`;
    if (receipt === undefined || this.owed.has(key)) return;
    try {
      await this.outbox.add([receipt], now);
      if (this.owed.size >= REMEMBERED) this.owed.clear();
      this.owed.add(key);
    } catch (err) {
      this.logger.warn({ err: (err as Error).message, recordId: doc.recordId }, 'viewed receipt could not be owed');
    }
  }
}
