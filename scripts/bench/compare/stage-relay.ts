// The relay (read outbox, plan, redact, sign, Avro-encode, produce acks=all, mark sent) beside
// Kafka's kafka-producer-perf-test on the same broker, same acks, same record size. LA's outbox is
// filled with N SeizureCases first; then an LA process running only the relay role sends them, to
// LA, VN and CN (three messages each). Its rate comes from the outbox's own sentAt stamps, from
// the end of the first batch to the end of the last (start-up excluded). The perf test then sends
// as many records of the relay's mean message size (key + value + headers) to a topic of the same
// partitions.
import { OutboxStore } from '@bex/shared';
import { appendMany } from '../baseline';
import { perSecond, progress, sleep } from '../stats';
import { adminClient } from '../../stack/credentials';
import type { StageContext } from './context';
import { producerPerfTest, type PerfTestRun } from './perf-test';
import { compare, type Comparison } from './ratio';
import { relayFloor, type RelayFloor } from './relay-floor';
import { startRoles } from './role-process';
import { freshSeizure, messageBytes, SignedRecords } from './signed-records';

/** The inboxes' partitions (BEX_TOPIC_PARTITIONS, default 3): the perf test's topic gets as many. */
export const INBOX_PARTITIONS = 3;

export interface RelayStageResult {
  /** The prefix whose VN inbox now holds the relay's records: the projector stage reads it. */
  prefix: string;
  documents: number;
  messages: number;
  messagesPerDocument: number;
  meanMessageBytes: number;
  fillSeconds: number;
  relay: { documentsPerSec: number; messagesPerSec: number; seconds: number; batches: number; allSent: boolean };
  perfTest: PerfTestRun | { error: string };
  /** The relay's own database work alone (relay-floor.ts): the most any relay could send here. */
  databaseAlone: RelayFloor;
  outboxSize: number;
  comparisons: Comparison[];
}

async function sentStamps(outbox: OutboxStore): Promise<number[]> {
  const docs = await outbox.model.collection.find({ state: 'sent' }, { projection: { sentAt: 1 } }).toArray();
  return docs.map((d) => (d.sentAt as Date).getTime()).sort((a, b) => a - b);
}

export async function relayStage(ctx: StageContext): Promise<RelayStageResult> {
  const { o, stack } = ctx;
  const prefix = await ctx.prefix('relay');
  const dbName = ctx.database('relay_la');
  const outbox = new OutboxStore(await ctx.connect(dbName));
  await outbox.init();

  // What one record becomes on the wire, by the relay's own encoder.
  const encoder = new SignedRecords(stack.cfg.root, stack.endpoints.registryUrl, prefix);
  const sample = await encoder.encode([freshSeizure()]);
  const messagesPerDocument = sample.length;
  const meanMessageBytes = Math.round(sample.reduce((n, m) => n + messageBytes(m.message), 0) / sample.length);

  progress(`relay: filling LA's outbox with ${o.records} SeizureCases (${o.apiConcurrency} appends at a time)`);
  const fill = await appendMany(outbox, o.records, Math.max(16, o.apiConcurrency));

  progress(`relay: an LA relay-only process sends them (${messagesPerDocument} messages each, ${meanMessageBytes} bytes on average)`);
  const relay = await startRoles(stack.cfg, ctx.runDir, { authority: 'LA', roles: ['relay'], prefix, dbName });
  ctx.rss.track('relay (LA, relay role only)', relay.runningPid);
  const deadline = Date.now() + o.drainTimeoutS * 1000;
  // Followed at the broker, not by counting the outbox: SecantusDB counts by decoding every
  // pending document, 1.6 s of its lock at 20,000 pending, four times a second.
  const admin = adminClient(stack.endpoints.kafkaBrokers.split(','), stack.endpoints.kafkaCredentialsDir, 'bex-bench-compare').admin();
  await admin.connect();
  const produced = async (): Promise<number> => {
    let n = 0;
    for (const t of (await admin.listTopics()).filter((x) => x.startsWith(`${prefix}.`) && x.endsWith('.seizure-cases'))) for (const p of await admin.fetchTopicOffsets(t)) n += Number(p.high);
    return n;
  };
  let messages = 0;
  let backlog: number;
  let stamps: number[];
  try {
    try {
      while (messages < o.records * messagesPerDocument && Date.now() < deadline) {
        await sleep(250);
        messages = await produced();
      }
      // The last batch is marked after the broker's ack: wait for the marks, then stop.
      for (let i = 0; i < 40 && (await outbox.backlog()) > 0; i++) await sleep(250);
    } finally {
      ctx.rss.untrack('relay (LA, relay role only)');
      await relay.stop();
    }
    backlog = await outbox.backlog();
    stamps = await sentStamps(outbox);
    // Every message the relay produced, counted at the broker.
    messages = await produced();
    await admin.createTopics({ topics: [{ topic: `${prefix}.perf-test`, numPartitions: INBOX_PARTITIONS }], waitForLeaders: true });
  } finally {
    await admin.disconnect();
  }
  const batches = new Set(stamps).size;
  const firstBatch = stamps.filter((t) => t === stamps[0]).length;
  const spanMs = stamps.length > 1 ? stamps[stamps.length - 1]! - stamps[0]! : 0;
  const documentsPerSec = perSecond(stamps.length - firstBatch, spanMs);

  progress(`relay: kafka-producer-perf-test, ${messages} records of ${meanMessageBytes} bytes, acks=all`);
  let perfTest: PerfTestRun | { error: string };
  try {
    perfTest = await producerPerfTest(ctx, `${prefix}.perf-test`, Math.max(messages, 1000), meanMessageBytes);
  } catch (err) {
    perfTest = { error: (err as Error).message };
  }
  const messagesPerSec = Number((documentsPerSec * messagesPerDocument).toFixed(1));
  const floorDocuments = Math.min(o.records, 10_000);
  progress(`relay: its database work alone (pending read, ledger read and journaled upsert, marks), ${floorDocuments} documents`);
  const databaseAlone = await relayFloor(await ctx.connect(ctx.database('relay_floor_la')), floorDocuments, messagesPerDocument);
  const perfTestPerSec = 'recordsPerSec' in perfTest ? perfTest.recordsPerSec : 0;
  return {
    prefix,
    documents: o.records,
    messages,
    messagesPerDocument,
    meanMessageBytes,
    fillSeconds: Number((fill.elapsedMs / 1000).toFixed(1)),
    relay: { documentsPerSec, messagesPerSec, seconds: Number((spanMs / 1000).toFixed(1)), batches, allSent: backlog === 0 },
    perfTest,
    databaseAlone,
    outboxSize: await outbox.model.estimatedDocumentCount(),
    comparisons: [
      compare(
        'relay vs kafka-producer-perf-test (messages/s, acks=all)',
        { what: `relay: redact + sign + Avro + produce, ${meanMessageBytes} B`, perSec: messagesPerSec },
        { what: `kafka-producer-perf-test, ${meanMessageBytes} B`, perSec: perfTestPerSec },
      ),
      compare(
        "the relay's database work alone vs kafka-producer-perf-test (messages/s)",
        { what: `pending read + ledger read + journaled ledger upsert + marks, ×${messagesPerDocument} messages`, perSec: databaseAlone.messagesPerSec },
        { what: `kafka-producer-perf-test, ${meanMessageBytes} B`, perSec: perfTestPerSec },
      ),
    ],
  };
}
