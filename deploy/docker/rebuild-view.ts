// Operator's task in a deployment: empties one authority's view and replays it from its inbox
// topics (the deployed counterpart of `npm run rebuild`, which drives the local stack instead).
//
//   BEX_AUTHORITY=VN node --import tsx deploy/docker/rebuild-view.ts
//
// Same environment as the authority's projector (BEX_KAFKA_BROKERS, BEX_REGISTRY_URL, BEX_MONGO_URL,
// BEX_MONGO_DB, BEX_TOPIC_PREFIX, BEX_AGREEMENTS_DIR, BEX_TRUST_DIR). Scale that authority's
// projector to 0 first: Kafka deletes a consumer group's offsets only when no member is left, and
// this task refuses to run otherwise. The api keeps serving meanwhile, from a view that is empty at
// first and fills up as the replay proceeds. Scale the projector back up when this task has exited 0.
import { loadAuthorityConfig, startAuthority } from '@bex/authority';
import { createLogger, RECORD_TYPES } from '@bex/shared';

async function main(): Promise<void> {
  const logger = createLogger('bex-rebuild');
  const cfg = { ...loadAuthorityConfig(), roles: ['projector' as const] };
  const node = await startAuthority(cfg, logger.child({ authority: cfg.authority }));
  try {
    const projector = node.projector!;
    await projector.stop();
    const started = Date.now();
    await projector.rebuild({ maxSilenceMs: cfg.rebuildMaxSilenceMs });
    const counts: Record<string, number> = {};
    for (const type of RECORD_TYPES) counts[type] = await node.views.collection(type).countDocuments();
    logger.info({ authority: cfg.authority, seconds: (Date.now() - started) / 1000, documents: counts }, 'view rebuilt from the inbox topics');
  } finally {
    await node.stop();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`[bex] rebuild failed: ${(err as Error).message}`);
    process.exit(1);
  },
);
