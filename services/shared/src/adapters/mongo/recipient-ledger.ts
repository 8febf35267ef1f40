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
}

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

  /** Adds holders, journaled before it resolves; one bulk write per batch. */
  async remember(holders: ReadonlyMap<string, readonly AuthorityCode[]>): Promise<void> {
    const ops = [...holders].filter(([, r]) => r.length > 0).map(([recordId, recipients]) => ({
      updateOne: { filter: { _id: recordId }, update: { $addToSet: { recipients: { $each: [...recipients] } } }, upsert: true },
    }));
    if (ops.length > 0) await this.ledger.bulkWrite(ops, { ordered: false, writeConcern: { w: 1, j: true } });
  }
}
