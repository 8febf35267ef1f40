// Which partners ever received content of each of this authority's records, kept next to the
// outbox. A withdrawal or an amendment that takes a record out of a partner's agreement must reach
// every such partner even when no agreement names it any more, so this is written before the
// records are produced: a crash in between lists a partner that may not have the record yet, and a
// tombstone to it later is harmless, whereas forgetting a holder would leave a copy alive for good.
import type { Connection } from 'mongoose';
import type { AuthorityCode } from '../../domain/records/record-types';

interface LedgerDoc {
  _id: string;
  recipients: AuthorityCode[];
  /** The first revision each holder received content of: a receipt for an earlier one is refused. */
  since?: Partial<Record<AuthorityCode, number>>;
}

/** New holders of one record, each with the revision that made it a holder. */
export type NewHolders = ReadonlyMap<AuthorityCode, number>;

export class RecipientLedger {
  constructor(private readonly conn: Connection) {}

  private get ledger() {
    return this.conn.collection<LedgerDoc>('record_recipients');
  }

  /** The holders of each record id given, in one indexed read (by _id). */
  async holdersOf(recordIds: readonly string[]): Promise<Map<string, Set<AuthorityCode>>> {
    const held = new Map<string, Set<AuthorityCode>>();
    if (recordIds.length === 0) return held;
    for (const doc of await this.ledger.find({ _id: { $in: [...new Set(recordIds)] } }).toArray()) held.set(doc._id, new Set(doc.recipients));
    return held;
  }

  /**
   * Each holder of each record id given, with the first revision it received content of. A holder
   * recorded before `since` was kept counts from revision 1.
   */
  async holderSince(recordIds: readonly string[]): Promise<Map<string, Map<AuthorityCode, number>>> {
    const held = new Map<string, Map<AuthorityCode, number>>();
    if (recordIds.length === 0) return held;
    for (const doc of await this.ledger.find({ _id: { $in: [...new Set(recordIds)] } }).toArray()) {
      held.set(doc._id, new Map(doc.recipients.map((r) => [r, doc.since?.[r] ?? 1])));
    }
    return held;
  }

  /** Adds holders, journaled before it resolves; one bulk write per batch. */
  async remember(holders: ReadonlyMap<string, NewHolders>): Promise<void> {
    const ops = [...holders].filter(([, h]) => h.size > 0).map(([recordId, since]) => ({
      updateOne: {
        filter: { _id: recordId },
        update: { $addToSet: { recipients: { $each: [...since.keys()] } }, $min: Object.fromEntries([...since].map(([r, revision]) => [`since.${r}`, revision])) },
        upsert: true,
      },
    }));
    if (ops.length > 0) await this.ledger.bulkWrite(ops, { ordered: false, writeConcern: { w: 1, j: true } });
  }
}
