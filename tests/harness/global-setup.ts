// Gives the integration tests a real stack of their own (test-stack.ts): reuses one kept from an
// earlier run (BEX_KEEP_TEST_STACK=1), otherwise starts a throwaway one and remembers to stop it.
// It never uses the stack `npm start` runs; it notes that stack's processes so the teardown can
// prove the tests left them alone.
import { endpoints, type StackConfig } from '../../scripts/stack/config';
import { registerContracts } from '../../scripts/exchange/register-contracts';
import { reset, status, up } from '../../scripts/stack/stack';
import { testStackConfig, userStackConfig } from './test-stack';
import { snapshotUserStack } from './user-stack-guard';

async function isReady(cfg: StackConfig): Promise<boolean> {
  return (await status(cfg)).every((s) => s.state === 'ready');
}

export default async function globalSetup(): Promise<void> {
  process.env.BEX_USER_STACK_SNAPSHOT = JSON.stringify(await snapshotUserStack(userStackConfig()));
  const cfg = testStackConfig();
  if (await isReady(cfg)) {
    console.log('\n[bex] integration tests reuse the kept test stack');
  } else {
    console.log(`\n[bex] starting a throwaway local stack for the integration tests in ${cfg.dataDir} (Kafka :${cfg.kafkaPort}, registry :${cfg.registryPort}, database :${cfg.databasePort})`);
    await reset(cfg);
    await up(cfg);
    process.env.BEX_TEST_STACK_STARTED = '1';
  }
  const e = endpoints(cfg);
  // Names this run: what is built once per run (the compiled authority) knows whether it is current.
  process.env.BEX_TEST_RUN_ID = `${Date.now()}-${process.pid}`;
  process.env.BEX_KAFKA_BROKERS = e.kafkaBrokers;
  process.env.BEX_KAFKA_CREDENTIALS_DIR = e.kafkaCredentialsDir;
  process.env.BEX_REGISTRY_URL = e.registryUrl;
  process.env.BEX_MONGO_URL = e.mongoUrl;
  process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';
  await registerContracts(e.registryUrl);
}
