// The stack the integration tests run on: always their own, never the one `npm start` runs. It
// lives under .bex/test, keeps its database in memory and listens on ports of its own, so a test
// that stops Kafka stops the test's Kafka, and `npm test` beside `npm start` leaves the user's
// processes and data alone. BEX_TEST_*_PORT and BEX_TEST_HOME move it (two test runs side by side).
import { join } from 'node:path';
import { loadStackConfig, type StackConfig } from '../../scripts/stack/config';

export const TEST_PORTS = { kafka: '19092', kafkaController: '19093', registry: '18081', database: '27117' } as const;

export function testStackConfig(env: NodeJS.ProcessEnv = process.env): StackConfig {
  const user = loadStackConfig(env);
  const home = env.BEX_TEST_HOME ?? join(user.root, '.bex', 'test');
  return loadStackConfig({
    ...env,
    BEX_HOME: home,
    BEX_DATA_DIR: join(home, 'data'),
    BEX_DB_STORAGE: 'memory',
    BEX_DB_PER_AUTHORITY: 'false',
    BEX_KAFKA_PORT: env.BEX_TEST_KAFKA_PORT ?? TEST_PORTS.kafka,
    BEX_KAFKA_CONTROLLER_PORT: env.BEX_TEST_KAFKA_CONTROLLER_PORT ?? TEST_PORTS.kafkaController,
    BEX_REGISTRY_PORT: env.BEX_TEST_REGISTRY_PORT ?? TEST_PORTS.registry,
    BEX_DB_PORT: env.BEX_TEST_DB_PORT ?? TEST_PORTS.database,
    // BEX_TEST_KAFKA_NODES=3 runs the whole suite on a three-node cluster.
    BEX_KAFKA_NODES: env.BEX_TEST_KAFKA_NODES ?? '1',
  });
}

/** The stack `npm start` runs (or would run): the tests only ever look at it. */
export function userStackConfig(env: NodeJS.ProcessEnv = process.env): StackConfig {
  return loadStackConfig(env);
}
