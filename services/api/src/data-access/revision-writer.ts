// Writes revisions to the outbox. The insert decides races: `_id` is recordId:revision, so of two
// concurrent amendments built on the same head one gets a duplicate key, reads the new head and
// builds again. Each round has a winner, so a burst of n writers needs at most n rounds.
// The outbox document names its actor (subject, office, roles, request id) in the same journaled
// insert as the revision: it is the audit of writes, and it can neither lag nor outlive the record.
import { AppError, type AnyRecord, type OutboxStore, type RevisionActor } from '@bex/shared';

const DUPLICATE_KEY = 11000;

export class RevisionWriter {
  constructor(
    private readonly outbox: OutboxStore,
    private readonly maxAttempts = 50,
  ) {}

  latest(recordId: string): Promise<AnyRecord | undefined> {
    return this.outbox.latest(recordId);
  }

  /** A first revision: its id is fresh, so no one can race it. */
  async create(record: AnyRecord, now: Date, actor?: RevisionActor): Promise<AnyRecord> {
    await this.outbox.append(record, now, actor);
    return record;
  }

  /** Builds the next revision from the latest one (the builder may refuse by throwing) and appends it. */
  async revise(recordId: string, build: (head: AnyRecord | undefined) => AnyRecord, now: () => Date, actor?: RevisionActor): Promise<AnyRecord> {
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      const record = build(await this.outbox.latest(recordId));
      try {
        await this.outbox.append(record, now(), actor);
        return record;
      } catch (err) {
        if ((err as { code?: unknown }).code !== DUPLICATE_KEY) throw err;
      }
    }
    throw new AppError('revision-contention', `record ${recordId} is being changed by too many requests at once`, {
      httpStatus: 503,
      retriable: true,
    });
  }
}
