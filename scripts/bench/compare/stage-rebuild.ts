// A view rebuilt from its inbox: VN's SeizureCase inbox is filled with R signed, redacted records
// by the relay's own encoder (signed-records.ts), then a VN projector-only process starts on an
// empty view with a consumer group that has no offsets (what `npm run rebuild` leaves: the view
// dropped, the group deleted) and replays it. Records/s overall and per tenth, with the view's size
// at each, show whether the rate stays flat as the view grows.
import { ViewStore } from '@bex/view';
import { AcknowledgedProducer, inboxTopic } from '@bex/shared';
import { nowMs } from '../arrival-watcher';
import { perSecond, progress } from '../stats';
import { adminClient } from '../../stack/credentials';
import type { StageContext } from './context';
import { committedCount } from './committed-count';
import { watchCount, type CountRun } from './count-watch';
import { flatness } from './growth';
import { startRoles } from './role-process';
import { freshSeizure, SignedRecords } from './signed-records';
import { INBOX_PARTITIONS } from './stage-relay';

export interface RebuildStageResult {
  records: number;
  seeding: { recordsPerSec: number; seconds: number };
  rebuild: CountRun;
  /** Last tenth's rate over the first's (1 = flat as the view grew). */
  flatness: number | null;
  viewSizeAtEnd: number;
}

async function seedInbox(ctx: StageContext, prefix: string, records: number): Promise<{ recordsPerSec: number; seconds: number }> {
  const kafka = adminClient(ctx.stack.endpoints.kafkaBrokers.split(','), ctx.stack.endpoints.kafkaCredentialsDir, 'bex-bench-compare');
  const topic = inboxTopic('VN', 'SeizureCase', prefix);
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: INBOX_PARTITIONS, configEntries: [{ name: 'retention.ms', value: '-1' }] }], waitForLeaders: true });
  await admin.disconnect();
  const producer = new AcknowledgedProducer(kafka, { allowAutoTopicCreation: false });
  await producer.connect();
  const signed = new SignedRecords(ctx.stack.cfg.root, ctx.stack.endpoints.registryUrl, prefix, producer);
  const t0 = nowMs();
  try {
    for (let done = 0; done < records; ) {
      const n = Math.min(500, records - done);
      await signed.send(await signed.encode(Array.from({ length: n }, freshSeizure), 'VN'));
      done += n;
      if (done % 20_000 < n) progress(`rebuild: ${done} / ${records} records in VN's inbox`);
    }
  } finally {
    await producer.disconnect();
  }
  const ms = nowMs() - t0;
  return { recordsPerSec: perSecond(records, ms), seconds: Number((ms / 1000).toFixed(1)) };
}

export async function rebuildStage(ctx: StageContext): Promise<RebuildStageResult> {
  const { o, stack } = ctx;
  const prefix = await ctx.prefix('rebuild');
  progress(`rebuild: filling VN's inbox with ${o.rebuildRecords} signed records`);
  const seeding = await seedInbox(ctx, prefix, o.rebuildRecords);
  const dbName = ctx.database('rebuild_vn');
  const view = new ViewStore(await ctx.connect(dbName, 'VN')).collection('SeizureCase');
  progress(`rebuild: a VN projector replays ${o.rebuildRecords} records into an empty view`);
  const since = nowMs();
  const projector = await startRoles(stack.cfg, ctx.runDir, { authority: 'VN', roles: ['projector'], prefix, dbName });
  ctx.rss.track('projector (VN, rebuilding)', projector.runningPid);
  try {
    const taken = committedCount(await ctx.kafkaAdmin(), `${prefix}-projector-vn`, [inboxTopic('VN', 'SeizureCase', prefix)]);
    const rebuild = await watchCount(taken, o.rebuildRecords, { since, timeoutMs: o.drainTimeoutS * 1000 * Math.max(1, o.rebuildRecords / 100_000) });
    return { records: o.rebuildRecords, seeding, rebuild, flatness: flatness(rebuild.steps), viewSizeAtEnd: await view.estimatedDocumentCount() };
  } finally {
    ctx.rss.untrack('projector (VN, rebuilding)');
    await projector.stop();
  }
}
