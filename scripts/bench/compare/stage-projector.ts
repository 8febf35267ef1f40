// The projector (consume, verify the signature, decode Avro, re-check the agreement, guarded bulk
// upsert, commit) beside Kafka Connect's MongoDB sink and beside the driver's raw guarded bulk
// upsert, on the same documents in the same database with the same indexes and write concern.
// - projector: a VN process running only the projector role reads VN's inbox, which the relay
//   stage filled with N records; its rate runs from its first document in the view to the last.
// - Connect: the documents the projector wrote, as JSON (Connect has no Ed25519 check and no
//   Confluent Avro converter from Maven Central), on a topic of the same partitions; the sink
//   replaces-or-inserts each by _id into a collection with the view's indexes.
// - ceiling: the same documents, bulkWrite of replaceOne {_id, revision < n} upserts, unordered,
//   w majority j true, one batch after another from this process: what the database allows.
import { inboxTopic } from '@bex/shared';
import { ViewStore, type ViewDocument } from '@bex/view';
import type { Collection } from 'mongodb';
import { nowMs } from '../arrival-watcher';
import { perSecond, progress } from '../stats';
import { adminClient } from '../../stack/credentials';
import { startConnect, stopConnect, CONNECT_GROUP, CONNECT_VERSION, MONGO_CONNECTOR_VERSION } from './connect-standalone';
import type { StageContext } from './context';
import { committedCount } from './committed-count';
import { watchCount, type CountRun } from './count-watch';
import { milestones, stepRates, type Crossing, type StepRate } from './growth';
import { compare, type Comparison } from './ratio';
import { startRoles } from './role-process';
import { INBOX_PARTITIONS } from './stage-relay';

export interface CeilingRun {
  records: number;
  batch: number;
  recordsPerSec: number;
  seconds: number;
  steps: StepRate[];
}

export interface ProjectorStageResult {
  records: number;
  projector: CountRun;
  connect: (CountRun & { what: string }) | { error: string };
  ceiling: CeilingRun;
  viewSizeAtEnd: number;
  comparisons: Comparison[];
}

async function* batchesOf(view: Collection<ViewDocument>, size: number): AsyncGenerator<ViewDocument[]> {
  let batch: ViewDocument[] = [];
  for await (const doc of view.find({}, { batchSize: 1000 })) {
    batch.push(doc);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

async function ceiling(view: Collection<ViewDocument>, target: Collection<ViewDocument>, records: number, batch: number): Promise<CeilingRun> {
  const marks = milestones(records);
  const t0 = nowMs();
  const crossings: Crossing[] = [{ count: 0, atMs: t0 }];
  let written = 0;
  for await (const docs of batchesOf(view, batch)) {
    const ops = docs.map((doc) => ({ replaceOne: { filter: { _id: doc._id, revision: { $lt: doc.revision } }, replacement: doc, upsert: true } }));
    await target.bulkWrite(ops, { ordered: false, writeConcern: { w: 'majority', j: true } });
    written += docs.length;
    // One crossing per batch at most: a batch that passes two tenths took one time, not two.
    if (marks.length > 0 && written >= marks[0]!) {
      while (marks.length > 0 && written >= marks[0]!) marks.shift();
      crossings.push({ count: written, atMs: nowMs() });
    }
  }
  const ms = nowMs() - t0;
  return { records: written, batch, recordsPerSec: perSecond(written, ms), seconds: Number((ms / 1000).toFixed(1)), steps: stepRates(crossings) };
}

async function fillConnectTopic(ctx: StageContext, topic: string, view: Collection<ViewDocument>): Promise<void> {
  const kafka = adminClient(ctx.stack.endpoints.kafkaBrokers.split(','), ctx.stack.endpoints.kafkaCredentialsDir, 'bex-bench-compare');
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: INBOX_PARTITIONS }], waitForLeaders: true });
  await admin.disconnect();
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  try {
    // ~3 KB of JSON each: 100 a request stays well under the broker's 1 MB message.max.bytes.
    for await (const docs of batchesOf(view, 100)) {
      await producer.send({ topic, acks: -1, messages: docs.map((d) => ({ key: d._id, value: JSON.stringify(d) })) });
    }
  } finally {
    await producer.disconnect();
  }
}

export async function projectorStage(ctx: StageContext, inboxPrefix: string, records: number): Promise<ProjectorStageResult> {
  const { o, stack } = ctx;
  const vnDb = ctx.database('projector_vn');
  const vnViews = new ViewStore(await ctx.connect(vnDb, 'VN'));
  const view = vnViews.collection('SeizureCase');
  const timeoutMs = o.drainTimeoutS * 1000;

  progress(`projector: a VN projector-only process takes ${records} records from its inbox into its view`);
  const since = nowMs();
  const projector = await startRoles(stack.cfg, ctx.runDir, { authority: 'VN', roles: ['projector'], prefix: inboxPrefix, dbName: vnDb });
  ctx.rss.track('projector (VN, projector role only)', projector.runningPid);
  let projected: CountRun;
  try {
    projected = await watchCount(committedCount(await ctx.kafkaAdmin(), `${inboxPrefix}-projector-vn`, [inboxTopic('VN', 'SeizureCase', inboxPrefix)]), records, { since, timeoutMs });
  } finally {
    ctx.rss.untrack('projector (VN, projector role only)');
    await projector.stop();
  }

  progress(`projector: Kafka Connect ${CONNECT_VERSION} + MongoDB sink ${MONGO_CONNECTOR_VERSION} on the same ${records} documents (as JSON)`);
  const connectDb = ctx.database('connect');
  const connectViews = new ViewStore(await ctx.connect(connectDb, 'VN'));
  await connectViews.init();
  let connect: ProjectorStageResult['connect'];
  try {
    const topic = `${inboxPrefix}.connect-in`;
    await fillConnectTopic(ctx, topic, view);
    const t0 = nowMs();
    const run = await startConnect(ctx, { topic, database: connectDb, collection: connectViews.collection('SeizureCase').collectionName, tasks: o.connectTasks });
    ctx.rss.track('kafka-connect (JVM)', () => run.child.pid);
    const died = run.done.then(() => 'exited' as const, (err: Error) => err);
    try {
      const counted = watchCount(committedCount(await ctx.kafkaAdmin(), CONNECT_GROUP, [topic]), records, { since: t0, timeoutMs });
      const first = await Promise.race([counted, died]);
      if (first instanceof Error || first === 'exited') throw first instanceof Error ? first : new Error('Kafka Connect exited early');
      connect = { what: `Kafka Connect ${CONNECT_VERSION} standalone, mongo-kafka-connect ${MONGO_CONNECTOR_VERSION}, ${o.connectTasks} task(s), StringConverter JSON, ReplaceOneDefaultStrategy`, ...first };
    } finally {
      ctx.rss.untrack('kafka-connect (JVM)');
      await stopConnect(run);
    }
  } catch (err) {
    connect = { error: (err as Error).message.slice(0, 2000) };
  }

  progress(`projector: the driver's raw guarded bulk upsert of the same ${records} documents, ${o.ceilingBatch} a batch`);
  const ceilingViews = new ViewStore(await ctx.connect(ctx.database('ceiling'), 'VN'));
  await ceilingViews.init();
  const ceilingRun = await ceiling(view, ceilingViews.collection('SeizureCase'), records, o.ceilingBatch);

  const connectRate = 'recordsPerSec' in connect ? connect.recordsPerSec : 0;
  return {
    records,
    projector: projected,
    connect,
    ceiling: ceilingRun,
    viewSizeAtEnd: await view.estimatedDocumentCount(),
    comparisons: [
      compare('projector vs raw guarded bulk upsert (records/s)', { what: 'projector: consume + verify + decode + guarded bulk upsert', perSec: projected.recordsPerSec }, { what: `driver bulkWrite, ${o.ceilingBatch} a batch`, perSec: ceilingRun.recordsPerSec }),
      compare('projector vs Kafka Connect MongoDB sink (records/s)', { what: 'projector', perSec: projected.recordsPerSec }, { what: 'Kafka Connect + mongo-kafka-connect', perSec: connectRate }),
    ],
  };
}
