// Gives the integration tests a real stack: reuses one that is already running (e.g. `npm start`),
// otherwise starts a throwaway one under .bex/test and remembers to stop it afterwards.
import { join } from 'node:path';
import { endpoints, loadStackConfig } from '../../scripts/stack/config';
import { reset, status, up } from '../../scripts/stack/stack';

export default async function globalSetup(): Promise<void> {
  let cfg = loadStackConfig();
  const running = await status(cfg);
  if (running.every((s) => s.state === 'ready')) {
    console.log('\n[bex] integration tests reuse the running local stack');
  } else {
    cfg = loadStackConfig({ ...process.env, BEX_HOME: join(cfg.root, '.bex', 'test'), BEX_DB_STORAGE: 'memory' });
    console.log(`\n[bex] starting a throwaway local stack for the integration tests in ${cfg.dataDir}`);
    await reset(cfg);
    await up(cfg);
    process.env.BEX_TEST_STACK_HOME = join(cfg.root, '.bex', 'test');
  }
  const e = endpoints(cfg);
  process.env.BEX_KAFKA_BROKERS = e.kafkaBrokers;
  process.env.BEX_REGISTRY_URL = e.registryUrl;
  process.env.BEX_MONGO_URL = e.mongoUrl;
  process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';
}
