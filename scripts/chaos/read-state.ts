// Reads what the chaos stack's databases hold at the end: every authority's views (revision, status,
// content or tombstone, never the content itself), its outbox (which revisions it accepted) and how
// many records its projector refused into dead letters.
import { VIEW_COLLECTIONS } from '@bex/view';
import type { AnyRecord, AuthorityCode, RecordTypeName } from '@bex/shared';
import type mongoose from 'mongoose';
import type { ViewEntry } from './compare-views';

export const dbNameOf = (code: string): string => `bex_${code.toLowerCase()}`;

export async function readViews(conn: mongoose.Connection, holder: AuthorityCode): Promise<ViewEntry[]> {
  const db = conn.useDb(dbNameOf(holder), { useCache: true });
  const entries: ViewEntry[] = [];
  for (const [type, name] of Object.entries(VIEW_COLLECTIONS) as [RecordTypeName, string][]) {
    const docs = await db
      .collection(name)
      .find({}, { projection: { _id: 1, revision: 1, status: 1, 'record.meta.recordId': 1 } })
      .toArray();
    for (const d of docs) {
      const record = (d as { record?: unknown }).record;
      entries.push({ holder, type, key: String(d._id), revision: Number(d.revision), status: String(d.status), tombstone: record === null || record === undefined });
    }
  }
  return entries;
}

export interface OutboxEntry {
  recordId: string;
  revision: number;
  recordType: RecordTypeName;
  state: string;
}

export async function readOutbox(conn: mongoose.Connection, source: AuthorityCode): Promise<OutboxEntry[]> {
  const docs = await conn
    .useDb(dbNameOf(source), { useCache: true })
    .collection('outbox')
    .find({}, { projection: { recordId: 1, revision: 1, recordType: 1, state: 1 } })
    .toArray();
  return docs.map((d) => ({ recordId: String(d.recordId), revision: Number(d.revision), recordType: d.recordType as RecordTypeName, state: String(d.state) }));
}

/** The accepted records of these outbox ids (recordId:revision), for revisions no 202 named. */
export async function readOutboxRecords(conn: mongoose.Connection, source: AuthorityCode, ids: readonly string[]): Promise<Map<string, AnyRecord>> {
  const found = new Map<string, AnyRecord>();
  if (ids.length === 0) return found;
  const docs = await conn.useDb(dbNameOf(source), { useCache: true }).collection('outbox').find({ _id: { $in: [...ids] } } as never).toArray();
  for (const d of docs) found.set(String(d._id), d.record as AnyRecord);
  return found;
}

export async function pendingOutbox(conn: mongoose.Connection, source: AuthorityCode): Promise<number> {
  return conn.useDb(dbNameOf(source), { useCache: true }).collection('outbox').countDocuments({ state: 'pending' });
}

export async function deadLetterCount(conn: mongoose.Connection, holder: AuthorityCode): Promise<number> {
  return conn.useDb(dbNameOf(holder), { useCache: true }).collection('dead_letters').countDocuments({});
}
