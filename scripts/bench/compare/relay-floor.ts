// What the database alone allows the relay: its own database work per batch, with its own classes
// on the same kind of outbox (pending read, ledger read, journaled ledger upsert, marks), from the
// driver and without Kafka, redaction, signing or encoding. Documents/s × messages per document is
// the most any relay that keeps this per-document bookkeeping could send on this database.
import { OutboxStore, RecipientLedger, type AuthorityCode } from '@bex/shared';
import { PendingReader } from '@bex/relay';
import type { Connection } from 'mongoose';
import { appendMany } from '../baseline';
import { perSecond } from '../stats';

export interface RelayFloor {
  documents: number;
  batchSize: number;
  documentsPerSec: number;
  messagesPerSec: number;
}

const RECIPIENTS: readonly AuthorityCode[] = ['LA', 'VN', 'CN'];

export async function relayFloor(conn: Connection, documents: number, messagesPerDocument: number, batchSize = 500): Promise<RelayFloor> {
  const outbox = new OutboxStore(conn);
  await outbox.init();
  const ledger = new RecipientLedger(conn);
  await appendMany(outbox, documents, 16);
  const t0 = performance.now();
  let done = 0;
  const pending = PendingReader.ofOutbox(outbox, batchSize); // read as the relay reads
  for (;;) {
    const docs = await pending.next();
    if (docs.length === 0) break;
    await ledger.holdersOf(docs.map((d) => d.recordId));
    await ledger.remember(new Map(docs.map((d) => [d.recordId, new Map(RECIPIENTS.map((r) => [r, d.revision]))])));
    await outbox.markSent(docs.map((d) => d._id), new Date());
    done += docs.length;
  }
  const documentsPerSec = perSecond(done, performance.now() - t0);
  return { documents: done, batchSize, documentsPerSec, messagesPerSec: Number((documentsPerSec * messagesPerDocument).toFixed(1)) };
}
