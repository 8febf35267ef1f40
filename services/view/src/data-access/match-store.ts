// Possible matches between what arrives in the view and the live alerts it holds. Matching costs
// one indexed read of the alerts per batch ({ vehicleKeys }), never a scan, and one bulk write; a
// match once decided (confirmed or dismissed) stays decided when its records arrive again.
// The read names the key field only: SecantusDB plans a collection scan for $in on a multikey field
// next to $in on status, even with a compound index (measured); whether an alert is live is judged
// on the few documents the keys find (possible-match.ts), and a withdrawn one has no keys left.
import type { Connection } from 'mongoose';
import type { RecordTypeName } from '@bex/shared';
import { findMatches, type MatchState, type PossibleMatch } from '../domain/possible-match';
import type { ViewDocument } from '../domain/view-document';
import { VIEW_COLLECTIONS } from './view-store';

/** More candidates than this for one batch means keys shared far too widely (a placeholder plate), not real matches. */
const MAX_CANDIDATES = 2_000;

export class MatchStore {
  constructor(private readonly conn: Connection) {}

  private get matches() {
    return this.conn.collection<PossibleMatch>('possible_matches');
  }

  async init(): Promise<void> {
    await this.matches.createIndexes([{ key: { state: 1, gates: 1, createdAt: -1 } }, { key: { state: 1, createdAt: -1 } }]);
  }

  /** The filter of the one read matching makes; exported so the index test explains the same thing. */
  static candidateFilter(keys: readonly string[]): Record<string, unknown> {
    return { vehicleKeys: { $in: [...keys] } };
  }

  /** Records the possible matches of seizures and hits just taken in; returns how many pairs matched. */
  async take(records: ReadonlyArray<{ type: RecordTypeName; doc: ViewDocument }>, at: Date): Promise<number> {
    const keys = [...new Set(records.flatMap((r) => (r.doc.record === null ? [] : (r.doc.vehicleKeys ?? []))))];
    if (keys.length === 0) return 0;
    const alerts = await this.conn
      .collection<ViewDocument>(VIEW_COLLECTIONS.VehicleRiskAlert)
      .find(MatchStore.candidateFilter(keys), { projection: { record: 0 } })
      .limit(MAX_CANDIDATES)
      .toArray();
    // Without the records' content: matching needs only the indexed fields, and alerts are 2-3 KB each.
    const found = findMatches(records, alerts, at);
    if (found.length === 0) return 0;
    await this.matches.bulkWrite(
      found.map((m) => ({ updateOne: { filter: { _id: m._id }, update: { $setOnInsert: m }, upsert: true } })),
      { ordered: false },
    );
    return found.length;
  }

  async list(filter: { state: MatchState; gate?: string; limit: number }): Promise<PossibleMatch[]> {
    const query = filter.gate === undefined ? { state: filter.state } : { state: filter.state, gates: filter.gate };
    return this.matches.find(query).sort({ createdAt: -1 }).limit(filter.limit).toArray();
  }

  async byId(id: string): Promise<PossibleMatch | undefined> {
    return (await this.matches.findOne({ _id: id })) ?? undefined;
  }

  /** Opens a match again whose confirmation could not be completed (the hit was not written). */
  async reopen(id: string): Promise<void> {
    await this.matches.updateOne({ _id: id }, { $set: { state: 'open' }, $unset: { decidedAt: '', decidedBy: '', hitId: '' } });
  }

  /** Decides an open match; false if it was no longer open (someone decided first). */
  async decide(id: string, decision: Pick<PossibleMatch, 'state' | 'decidedAt' | 'decidedBy'> & Partial<Pick<PossibleMatch, 'dismissReason' | 'hitId'>>): Promise<boolean> {
    const result = await this.matches.updateOne({ _id: id, state: 'open' }, { $set: decision }, { writeConcern: { w: 1, j: true } });
    return result.modifiedCount === 1;
  }
}
