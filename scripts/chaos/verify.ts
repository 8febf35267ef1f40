// The end check. Every 202 must be in its source's outbox; revisions there that no 202 named must
// be explained by an answer that was lost (at most the one revision after a record's last 202, or a
// new record per lost create or supersession); then every view must hold exactly what the accepted
// revisions imply (expected-views.ts), compared field by field (compare-views.ts).
import type { Agreement, AnyRecord, AuthorityCode } from '@bex/shared';
import type mongoose from 'mongoose';
import { compareViews, type Difference, type ViewEntry } from './compare-views';
import { expectedCopies, type History } from './expected-views';
import { readOutbox, readOutboxRecords, readViews, type OutboxEntry } from './read-state';
import { CHAOS_AUTHORITY_CODES, type Code, type Workload } from './workload';

export interface OutboxDifference {
  category: 'notInOutbox' | 'unexplainedOutbox' | 'quarantined';
  source: AuthorityCode;
  key: string;
  revision: number;
  detail?: string;
}

export interface Verification {
  differences: Difference[];
  outboxDifferences: OutboxDifference[];
  /** Revisions in an outbox whose 202 was lost with a killed connection: accepted, checked like the rest. */
  acceptedWithout202: number;
  expectedCopies: number;
  viewDocuments: Record<string, number>;
}

export async function verify(conn: mongoose.Connection, workload: Workload, agreements: readonly Agreement[], at: Date): Promise<Verification> {
  const outboxDiffs: OutboxDifference[] = [];
  const histories: History[] = [];
  let acceptedWithout202 = 0;

  for (const source of CHAOS_AUTHORITY_CODES) {
    const outbox = await readOutbox(conn, source);
    const byRecord = new Map<string, OutboxEntry[]>();
    for (const e of outbox) {
      if (e.state === 'quarantined') outboxDiffs.push({ category: 'quarantined', source, key: `${source}:${e.recordId}`, revision: e.revision });
      const list = byRecord.get(e.recordId) ?? [];
      list.push(e);
      byRecord.set(e.recordId, list);
    }
    const toFetch: string[] = [];
    const pendingHistories: Array<{ history: History & { revisions: AnyRecord[] }; fetch: string[] }> = [];

    for (const t of [...workload.records.values()].filter((r) => r.source === source)) {
      const key = `${source}:${t.recordId}`;
      const inOutbox = new Set((byRecord.get(t.recordId) ?? []).map((e) => e.revision));
      for (const r of t.revisions) if (!inOutbox.has(r.meta.revision)) outboxDiffs.push({ category: 'notInOutbox', source, key, revision: r.meta.revision });
      const last = t.revisions[t.revisions.length - 1]!.meta.revision;
      const extras = (byRecord.get(t.recordId) ?? []).filter((e) => e.revision > last).map((e) => e.revision).sort((a, b) => a - b);
      const history = { source, type: t.type, recordId: t.recordId, revisions: [...t.revisions] };
      byRecord.delete(t.recordId);
      if (extras.length === 0) {
        histories.push(history);
        continue;
      }
      if (t.retired && extras.length === 1 && extras[0] === last + 1) {
        const id = `${t.recordId}:${last + 1}`;
        toFetch.push(id);
        pendingHistories.push({ history, fetch: [id] });
        acceptedWithout202 += 1;
      } else {
        for (const rev of extras) outboxDiffs.push({ category: 'unexplainedOutbox', source, key, revision: rev, detail: `no 202 names it and ${t.retired ? 'more than one lost answer' : 'no answer was lost'} could explain it` });
        histories.push(history);
      }
    }

    // Records no 202 named at all: a create or supersession whose answer was lost.
    const unknown = [...byRecord.entries()];
    const allowed = workload.unknownCreates[source as Code];
    for (const [i, [recordId, entries]] of unknown.entries()) {
      const revisions = entries.map((e) => e.revision).sort((a, b) => a - b);
      if (i >= allowed || revisions.length !== 1 || revisions[0] !== 1) {
        for (const rev of revisions) outboxDiffs.push({ category: 'unexplainedOutbox', source, key: `${source}:${recordId}`, revision: rev, detail: `a record no 202 named (${unknown.length} such, ${allowed} lost create answers)` });
      }
      const ids = revisions.map((rev) => `${recordId}:${rev}`);
      toFetch.push(...ids);
      pendingHistories.push({ history: { source, type: entries[0]!.recordType, recordId, revisions: [] }, fetch: ids });
      acceptedWithout202 += revisions.length;
    }

    const fetched = await readOutboxRecords(conn, source, toFetch);
    for (const { history, fetch } of pendingHistories) {
      for (const id of fetch) {
        const record = fetched.get(id);
        if (record) history.revisions.push(record);
      }
      histories.push(history);
    }
  }

  const expected = expectedCopies(histories, agreements, at);
  const actual: ViewEntry[] = [];
  const viewDocuments: Record<string, number> = {};
  for (const holder of CHAOS_AUTHORITY_CODES) {
    const entries = await readViews(conn, holder);
    viewDocuments[holder] = entries.length;
    actual.push(...entries);
  }
  return { differences: compareViews(expected, actual), outboxDifferences: outboxDiffs, acceptedWithout202, expectedCopies: expected.length, viewDocuments };
}
