// Reads of the authority's view, the database the projector writes. Thin on purpose: the filters
// come from the domain's query builders as plain data, and `explain` runs the same objects so a
// test can prove each one uses an index. Queries name their index, and a hint on an index that
// does not exist is an error, so the view's indexes are ensured (idempotently) before the first
// read, also where this api runs without the projector.
import { VIEW_COLLECTIONS, type ViewDocument } from '@bex/view';
import type { Connection, mongo } from 'mongoose';
import type { ViewQuery } from '../domain/view-query';

export class ViewReader {
  private prepared: Promise<void> | undefined;

  constructor(
    private readonly conn: Connection,
    private readonly prepare: () => Promise<void> = async () => undefined,
  ) {}

  /** Runs `prepare` once; after a failure (database down at start) the next read tries again. */
  private ready(): Promise<void> {
    this.prepared ??= this.prepare().catch((err: unknown) => {
      this.prepared = undefined;
      throw err;
    });
    return this.prepared;
  }

  private async cursor(q: ViewQuery): Promise<mongo.FindCursor<ViewDocument>> {
    await this.ready();
    let cursor = this.conn.collection<ViewDocument>(VIEW_COLLECTIONS[q.collection]).find(q.filter as mongo.Filter<ViewDocument>);
    if (q.projection !== undefined) cursor = cursor.project<ViewDocument>(q.projection);
    if (q.sort !== undefined) cursor = cursor.sort(q.sort);
    // With a residual check the limit counts what passes it, so the cursor is read until then.
    if (q.limit !== undefined) cursor = q.residual ? cursor.batchSize(q.limit) : cursor.limit(q.limit);
    return cursor;
  }

  async find(q: ViewQuery): Promise<ViewDocument[]> {
    if (!q.residual) return (await this.cursor(q)).toArray();
    const cursor = await this.cursor(q);
    const out: ViewDocument[] = [];
    try {
      for await (const doc of cursor) {
        if (q.residual(doc)) out.push(doc);
        if (q.limit !== undefined && out.length >= q.limit) break;
      }
    } finally {
      await cursor.close();
    }
    return out;
  }

  async findOne(q: ViewQuery): Promise<ViewDocument | undefined> {
    return (await this.find({ ...q, limit: 1 }))[0];
  }

  /** One document at a time, for aggregations that must not hold a whole period in memory. */
  async *stream(q: ViewQuery): AsyncIterable<ViewDocument> {
    for await (const doc of await this.cursor(q)) if (!q.residual || q.residual(doc)) yield doc;
  }

  async explain(q: ViewQuery): Promise<unknown> {
    return (await this.cursor(q)).explain();
  }
}
