import { isAppError, type AnyRecord, type OutboxStore } from '@bex/shared';
import { RevisionWriter } from './revision-writer';

const record = (revision: number): AnyRecord => ({ meta: { recordId: 'r', revision } }) as unknown as AnyRecord;
const duplicate = Object.assign(new Error('E11000 duplicate key'), { code: 11000 });

function fakeOutbox(heads: number[], failures: unknown[]): OutboxStore & { appended: number[] } {
  const appended: number[] = [];
  return {
    appended,
    latest: async () => record(heads.shift() ?? 0),
    append: async (r: AnyRecord) => {
      const failure = failures.shift();
      if (failure !== undefined) throw failure;
      appended.push(r.meta.revision);
    },
  } as unknown as OutboxStore & { appended: number[] };
}

const next = (head: AnyRecord | undefined): AnyRecord => record((head?.meta.revision ?? 0) + 1);

describe('RevisionWriter.revise', () => {
  it('builds again on a fresh head when another writer took the revision', async () => {
    const outbox = fakeOutbox([3, 4, 6], [duplicate, duplicate]);
    const written = await new RevisionWriter(outbox).revise('r', next, () => new Date());
    expect(written.meta.revision).toBe(7);
    expect(outbox.appended).toEqual([7]);
  });

  it('passes on any other failure at once', async () => {
    const outbox = fakeOutbox([1], [new Error('connection reset')]);
    await expect(new RevisionWriter(outbox).revise('r', next, () => new Date())).rejects.toThrow('connection reset');
  });

  it('gives up with a retriable 503 after its attempts', async () => {
    const outbox = fakeOutbox([1, 2, 3], [duplicate, duplicate, duplicate]);
    const err = await new RevisionWriter(outbox, 3).revise('r', next, () => new Date()).catch((e: unknown) => e);
    expect(isAppError(err, 'revision-contention') && err.httpStatus === 503 && err.retriable).toBe(true);
  });
});
