// Group commit: inserts into one collection that arrive together (within `windowMs`, or while the
// previous batch is being written) go to the database as one journaled insertMany, so a burst of
// requests pays for one journal flush instead of one each. A lone caller waits for no one: the
// window opens only after a batch that had company. Each caller learns its own document's
// fate: resolved once its batch is durable; rejected with its own write error (a duplicate key,
// say) while its neighbours stand (`ordered: false`); rejected with the batch's error when the
// batch failed as a whole or its durability is not confirmed. Nobody is told "written" for a
// document the database did not confirm.
import { mongo } from 'mongoose';

/** What the committer needs of a collection (a driver or mongoose collection has it). */
export interface InsertManyTarget<T> {
  insertMany(docs: T[], options: mongo.BulkWriteOptions): Promise<{ insertedCount: number }>;
}

export interface GroupCommitOptions {
  /**
   * How long the first document of an idle committer waits for company (ms) when the last batch had
   * more than one document; otherwise, and with 0, only for the current event-loop turn.
   */
  windowMs?: number;
  /** The most documents in one insertMany. */
  maxBatch?: number;
  /** Batches written at the same time; arrivals meanwhile wait for the next batch. */
  maxInFlight?: number;
  writeConcern?: mongo.WriteConcernSettings;
}

/** Journaled (and majority on a replica set): an acknowledged batch survives a crash of the database. */
export const DURABLE: mongo.WriteConcernSettings = { w: 'majority', j: true };

interface Waiting<T> {
  doc: T;
  resolve: () => void;
  reject: (err: unknown) => void;
}

export class GroupCommitter<T> {
  private queue: Waiting<T>[] = [];
  private inFlight = 0;
  private scheduled = false;
  private lastBatchSize = 0;
  private readonly windowMs: number;
  private readonly maxBatch: number;
  private readonly maxInFlight: number;
  private readonly writeConcern: mongo.WriteConcernSettings;

  constructor(
    private readonly target: InsertManyTarget<T>,
    options: GroupCommitOptions = {},
  ) {
    this.windowMs = options.windowMs ?? 1;
    this.maxBatch = options.maxBatch ?? 500;
    this.maxInFlight = options.maxInFlight ?? 1;
    this.writeConcern = options.writeConcern ?? DURABLE;
  }

  /** Resolves once `doc` is written with the committer's write concern. The document is the committer's now (the driver sets `_id` on it). */
  insert(doc: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ doc, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    // A batch in flight takes the queue when it ends; until then arrivals gather.
    if (this.scheduled || this.inFlight >= this.maxInFlight) return;
    this.scheduled = true;
    const go = (): void => {
      this.scheduled = false;
      this.flush();
    };
    if (this.windowMs > 0 && this.lastBatchSize > 1) setTimeout(go, this.windowMs);
    else setImmediate(go);
  }

  private flush(): void {
    while (this.queue.length > 0 && this.inFlight < this.maxInFlight) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.lastBatchSize = batch.length;
      this.inFlight += 1;
      void this.write(batch).finally(() => {
        this.inFlight -= 1;
        // Whoever waited meanwhile has waited at least one write: no window for them.
        this.flush();
      });
    }
  }

  private async write(batch: Waiting<T>[]): Promise<void> {
    let outcome: Array<unknown | undefined>;
    try {
      const result = await this.target.insertMany(batch.map((w) => w.doc), { ordered: false, writeConcern: this.writeConcern });
      outcome = result.insertedCount === batch.length ? batch.map(() => undefined) : batch.map(() => unconfirmed(batch.length, result.insertedCount));
    } catch (err) {
      outcome = outcomesOf(err, batch.length);
    }
    batch.forEach((w, i) => {
      const failure = outcome[i];
      if (failure === undefined) w.resolve();
      else w.reject(failure);
    });
  }
}

/**
 * Per document: undefined (written) or the error to give its caller. Only a bulk error whose
 * writes errors name documents, with no write-concern error and every other document counted as
 * inserted, is split; anything else fails the whole batch.
 */
function outcomesOf(err: unknown, size: number): unknown[] {
  const all = (e: unknown): unknown[] => Array.from({ length: size }, () => e);
  if (!(err instanceof mongo.MongoBulkWriteError)) return all(err);
  const writeErrors = ([] as mongo.WriteError[]).concat(err.writeErrors ?? []);
  if (writeErrors.length === 0 || err.result === undefined || err.result.getWriteConcernError() !== undefined) return all(err);
  if (err.result.insertedCount !== size - writeErrors.length) return all(unconfirmed(size, err.result.insertedCount, err));
  const out: unknown[] = Array.from({ length: size }, () => undefined);
  for (const we of writeErrors) out[we.index] = documentError(we);
  return out;
}

/** The document's own error, as insertOne would have thrown it: code and key, never the document. */
function documentError(we: mongo.WriteError): mongo.MongoServerError {
  const raw = we.err as { keyPattern?: unknown; keyValue?: unknown };
  return new mongo.MongoServerError({
    message: we.errmsg ?? 'write failed',
    code: we.code,
    ...(raw.keyPattern === undefined ? {} : { keyPattern: raw.keyPattern }),
    ...(raw.keyValue === undefined ? {} : { keyValue: raw.keyValue }),
  });
}

function unconfirmed(size: number, inserted: number, cause?: unknown): Error {
  return new Error(`group commit: ${inserted} of ${size} documents confirmed; the batch is not acknowledged`, cause === undefined ? {} : { cause });
}
