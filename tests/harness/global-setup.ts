// Gives the integration tests a real stack: reuses one that is already running (`npm start`, or a
// test stack kept with BEX_KEEP_TEST_STACK=1), otherwise starts a throwaway one under .bex/test and
// remembers to stop it afterwards.
import { join } from 'node:path';
import { endpoints, loadStackConfig, type StackConfig } from '../../scripts/stack/config';
import { registerContracts } from '../../scripts/exchange/register-contracts';
import { reset, status, up } from '../../scripts/stack/stack';

async function isReady(cfg: StackConfig): Promise<boolean> {
  return (await status(cfg)).every((s) => s.state === 'ready');
}

export default async function globalSetup(): Promise<void> {
  const userStack = loadStackConfig();
  const testHome = join(userStack.root, '.bex', 'test');
  const testStack = loadStackConfig({ ...process.env, BEX_HOME: testHome, BEX_DB_STORAGE: 'memory' });
  let cfg: StackConfig;
  if (await isReady(userStack)) {
    cfg = userStack;
    console.log('\n[bex] integration tests reuse the running local stack');
  } else if (await isReady(testStack)) {
    cfg = testStack;
    console.log('\n[bex] integration tests reuse the kept test stack');
  } else {
    cfg = testStack;
    console.log(`\n[bex] starting a throwaway local stack for the integration tests in ${cfg.dataDir}`);
    await reset(cfg);
    await up(cfg);
    process.env.BEX_TEST_STACK_HOME = testHome;
  }
  // Fault tests stop and restart components of the stack they run on.
  process.env.BEX_STACK_HOME = join(cfg.runDir, '..');
  const e = endpoints(cfg);
  process.env.BEX_KAFKA_BROKERS = e.kafkaBrokers;
  process.env.BEX_REGISTRY_URL = e.registryUrl;
  process.env.BEX_MONGO_URL = e.mongoUrl;
  process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';
  await registerContracts(e.registryUrl);
}
