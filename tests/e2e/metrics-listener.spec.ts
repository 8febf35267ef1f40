// /metrics lives on the operations listener (BEX_METRICS_PORT), never on the public api, and every
// process has one: relay-only and projector-only processes get their gauges scraped and a /healthz
// that turns 503 once the relay loop or the Kafka consumer has stopped, or has stopped turning.
import { loadAuthorityConfig, startAuthority, type RunningAuthority } from '@bex/authority';
import { createLogger } from '@bex/shared';
import { authorityKafkaVars, eventually, grantPrefixAcls, revokePrefixAcls, startTestExchange, stackEnv, uniqueName, type TestExchange } from '../harness';
import { startRoleProcess } from '../harness/role-process';
import { TcpProxy } from '../../scripts/chaos/tcp-proxy';

let ex: TestExchange;
const solo: Array<{ node: RunningAuthority; prefix: string }> = [];
const logger = createLogger('bex-test', process.env.LOG_LEVEL ?? 'silent');

/** One authority process running only `roles`, on the test stack with a prefix of its own. */
async function startRoles(roles: string): Promise<RunningAuthority> {
  const env = stackEnv();
  const prefix = uniqueName('m').replace(/-/g, '_');
  // As LA's own principal, under the ACLs of this prefix, like every authority of the tests.
  await grantPrefixAcls(prefix);
  const node = await startAuthority(
    loadAuthorityConfig({
      BEX_AUTHORITY: 'LA',
      BEX_ROLES: roles,
      BEX_METRICS_PORT: '0',
      BEX_KAFKA_BROKERS: env.kafkaBrokers.join(','),
      ...authorityKafkaVars('LA'),
      BEX_REGISTRY_URL: env.registryUrl,
      BEX_MONGO_URL: env.mongoUrl,
      BEX_MONGO_DB: `${prefix}_la`,
      BEX_TOPIC_PREFIX: prefix,
    }),
    logger,
  );
  solo.push({ node, prefix });
  return node;
}

beforeAll(async () => {
  ex = await startTestExchange(['LA']);
});
afterAll(async () => {
  for (const { node, prefix } of solo) {
    await node.connection.dropDatabase().catch(() => undefined);
    await node.stop();
    await revokePrefixAcls(prefix).catch(() => undefined);
  }
  await ex?.stop();
});

it('serves /metrics on the metrics port and not on the public api port', async () => {
  const la = ex.nodes.LA!;
  expect(la.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(new URL(la.metricsUrl).port).not.toBe(new URL(la.apiUrl!).port);

  const publicAnswer = await fetch(`${la.apiUrl}/metrics`);
  expect(publicAnswer.status).toBe(404);
  expect(await publicAnswer.text()).not.toContain('bex_relay_backlog');

  const scraped = await fetch(`${la.metricsUrl}/metrics`);
  expect(scraped.status).toBe(200);
  expect(scraped.headers.get('content-type')).toMatch(/^text\/plain/);
  const text = await scraped.text();
  for (const name of ['bex_relay_backlog', 'bex_projector_consumer_lag', 'bex_dead_letters']) expect(text).toMatch(new RegExp(`^${name} \\d+`, 'm'));
  // The api's own requests are timed into the same registry.
  expect(text).toContain('bex_http_request_duration_seconds_bucket');

  const health = await fetch(`${la.metricsUrl}/healthz`);
  expect(health.status).toBe(200);
  expect(await health.json()).toEqual({ status: 'ok', checks: { relay: 'up', projector: 'up', sweeper: 'up' } });
  // The public api's /readyz and /healthz stay where they were; nothing else is on the metrics port.
  expect((await fetch(`${la.apiUrl}/healthz`)).status).toBe(200);
  expect((await fetch(`${la.metricsUrl}/v1/alerts`)).status).toBe(404);
});

it('gives a relay-only process its gauges and a liveness that fails once the relay loop stops', async () => {
  const relay = await startRoles('relay');
  expect(relay.apiUrl).toBeUndefined();
  const text = await (await fetch(`${relay.metricsUrl}/metrics`)).text();
  expect(text).toMatch(/^bex_relay_backlog \d+/m);
  expect(text).not.toContain('bex_projector_consumer_lag');
  expect((await fetch(`${relay.metricsUrl}/healthz`)).status).toBe(200);

  await relay.relay!.stop();
  const dead = await fetch(`${relay.metricsUrl}/healthz`);
  expect(dead.status).toBe(503);
  expect(dead.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(await dead.json()).toMatchObject({ status: 503, errors: [{ path: 'relay', message: 'stopped or stalled' }] });
});

it('gives a projector-only process its gauges and a liveness that fails once the Kafka consumer is gone', async () => {
  const projector = await startRoles('projector');
  const text = await (await fetch(`${projector.metricsUrl}/metrics`)).text();
  expect(text).toMatch(/^bex_projector_consumer_lag \d+/m);
  expect((await fetch(`${projector.metricsUrl}/healthz`)).status).toBe(200);

  await projector.projector!.stop();
  const dead = await fetch(`${projector.metricsUrl}/healthz`);
  expect(dead.status).toBe(503);
  expect(await dead.json()).toMatchObject({ errors: [{ path: 'projector', message: 'stopped or stalled' }] });
});

it('answers 503 for a relay that still runs but has stopped turning (its database stopped answering)', async () => {
  // The relay's database link freezes: its loop hangs in a query, no error, no crash. Only the
  // heartbeat shows it, and the orchestrator restarts the process.
  const proxy = new TcpProxy(Number(new URL(stackEnv().mongoUrl).port));
  const port = await proxy.start();
  const prefix = uniqueName('m').replace(/-/g, '_');
  await grantPrefixAcls(prefix);
  const relay = startRoleProcess({
    BEX_AUTHORITY: 'LA',
    BEX_ROLES: 'relay',
    BEX_METRICS_PORT: '0',
    BEX_KAFKA_BROKERS: stackEnv().kafkaBrokers.join(','),
    ...authorityKafkaVars('LA'),
    BEX_REGISTRY_URL: stackEnv().registryUrl,
    BEX_MONGO_URL: `mongodb://127.0.0.1:${port}/?directConnection=true`,
    BEX_MONGO_DB: `${prefix}_la`,
    BEX_TOPIC_PREFIX: prefix,
    BEX_LIVENESS_MAX_SILENCE_S: '5',
  });
  try {
    const metricsUrl = (await relay.line('authority started')).metricsUrl as string;
    expect((await fetch(`${metricsUrl}/healthz`)).status).toBe(200);
    proxy.freeze();
    const stalled = await eventually(async () => {
      const res = await fetch(`${metricsUrl}/healthz`);
      return res.status === 503 ? res : undefined;
    }, 30_000, 500);
    expect(await stalled.json()).toMatchObject({ errors: [{ path: 'relay', message: 'stopped or stalled' }] });
  } finally {
    await relay.kill9();
    await proxy.stop();
    await revokePrefixAcls(prefix).catch(() => undefined);
  }
}, 90_000);
