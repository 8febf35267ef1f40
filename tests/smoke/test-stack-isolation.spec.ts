// The integration tests run on a stack of their own: no port, directory or process record in
// common with the stack `npm start` runs, and the teardown's guard notices a user process that
// went away or was restarted.
import { authorityDatabasePort, kafkaBrokerList, kafkaNodePorts } from '../../scripts/stack/config';
import { testStackConfig, userStackConfig } from '../harness/test-stack';
import { compareUserStack } from '../harness/user-stack-guard';

it('the test stack shares no port or directory with the user\'s stack', () => {
  const user = userStackConfig({});
  const test = testStackConfig({});
  // Every node of a three-node cluster and every authority's database count, whatever shape either stack runs in.
  const ports = (c: typeof user) => [...[1, 2, 3].flatMap((n) => Object.values(kafkaNodePorts(c, n))), c.registryPort, c.registryPort + 1, ...['LA', 'VN', 'CN'].map((a) => authorityDatabasePort({ ...c, authorityDatabases: true }, a))];
  expect(ports(test).filter((p) => ports(user).includes(p))).toEqual([]);
  expect(test.runDir).not.toBe(user.runDir);
  expect(test.dataDir.startsWith(user.dataDir)).toBe(false);
  expect(test.databaseStorage).toBe('memory');
  // The tests' authorities share one database: they start no database processes they do not use.
  expect(test.authorityDatabases).toBe(false);
  // The variables the tests export point at the test stack.
  expect(process.env.BEX_KAFKA_BROKERS).toBe(kafkaBrokerList(testStackConfig()).join(','));
  expect(process.env.BEX_MONGO_URL).toContain(`:${testStackConfig().databasePort}/`);
});

it('the guard reports a user process that stopped or was restarted, and nothing else', () => {
  const before = { components: [{ name: 'kafka', pid: 10, alive: true }, { name: 'la', pid: 11, alive: true }, { name: 'old', pid: 12, alive: false }] };
  expect(compareUserStack(before, before)).toEqual([]);
  expect(compareUserStack(before, { components: [{ name: 'kafka', pid: 20, alive: true }, { name: 'la', pid: 11, alive: false }] })).toEqual([
    'kafka was restarted (pid 10 → 20)',
    'la (pid 11) no longer runs',
  ]);
});
