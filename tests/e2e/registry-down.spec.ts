// The schema registry unreachable while the relay and the projector run: first for LA's relay (it
// cannot encode, so its documents wait in the outbox, retried), then for VN's projector (it cannot
// decode, so it must wait, not call the records bad). Submissions are accepted throughout; once the
// registry answers again every record arrives, exactly once, and nothing went to dead letters.
// The outage is a proxy in front of the test stack's registry that stops listening: the registry
// itself keeps running for every other test.
import { requestBody } from '@bex/api';
import { botenSeizure, truckAlert } from '@bex/schemas';
import type { RecordTypeName } from '@bex/shared';
import { callJson, eventually, fullTurnAfter, startTestExchange, stackEnv, type TestExchange } from '../harness';
import { TcpProxy } from '../../scripts/chaos/tcp-proxy';

const registry = new URL(stackEnv().registryUrl);
const proxies = { LA: new TcpProxy(Number(registry.port)), VN: new TcpProxy(Number(registry.port)) };
const ports = { LA: 0, VN: 0 };
let ex: TestExchange;

beforeAll(async () => {
  ports.LA = await proxies.LA.start();
  ports.VN = await proxies.VN.start();
  const through = (port: number) => ({ BEX_REGISTRY_URL: `${registry.protocol}//127.0.0.1:${port}${registry.pathname}` });
  ex = await startTestExchange(['LA', 'VN'], { env: { LA: through(ports.LA), VN: through(ports.VN) } });
});
afterAll(async () => {
  await ex?.stop();
  await proxies.LA.stop();
  await proxies.VN.stop();
});

async function submit(count: number, type: RecordTypeName = 'SeizureCase'): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const answer =
      type === 'SeizureCase'
        ? await callJson(ex.nodes.LA!.apiUrl!, 'POST', '/v1/seizure-cases', requestBody('SeizureCase', botenSeizure), ex.token('LA'))
        : await callJson(ex.nodes.LA!.apiUrl!, 'POST', '/v1/vehicle-alerts', requestBody('VehicleRiskAlert', truckAlert), ex.token('LA'));
    expect(answer.status).toBe(202);
    ids.push(answer.body.recordId as string);
  }
  return ids;
}

const atVN = (ids: string[], type: RecordTypeName = 'SeizureCase') => ex.nodes.VN!.views.collection(type).countDocuments({ recordId: { $in: ids } });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

it('the relay waits for the registry: accepted records stay pending, then all arrive', async () => {
  await proxies.LA.stop();
  const ids = await submit(10);
  // A whole turn of the relay that found them and could not encode them.
  await fullTurnAfter(ex.nodes.LA!.relay!.heartbeat, Date.now(), 60_000);
  expect(await ex.nodes.LA!.outbox.model.countDocuments({ recordId: { $in: ids }, state: { $ne: 'sent' } })).toBe(10);
  expect(await atVN(ids)).toBe(0);
  // Still alive: an outage of another service is no reason for the orchestrator to restart it.
  expect((await fetch(`${ex.nodes.LA!.metricsUrl}/healthz`)).status).toBe(200);
  await proxies.LA.start(ports.LA);
  await eventually(async () => ((await atVN(ids)) === 10 ? true : undefined), 90_000, 250);
  expect(await ex.nodes.LA!.outbox.model.countDocuments({ recordId: { $in: ids }, state: 'quarantined' })).toBe(0);
}, 180_000);

it('the projector waits for the registry: nothing goes to dead letters, everything arrives once', async () => {
  await proxies.VN.stop();
  // Alerts: a schema VN has not fetched yet (one it has is cached and needs no registry).
  const ids = await submit(10, 'VehicleRiskAlert');
  await eventually(async () => ((await ex.nodes.LA!.outbox.model.countDocuments({ recordId: { $in: ids }, state: 'sent' })) === 10 ? true : undefined), 60_000, 250);
  await sleep(4_000);
  expect(await atVN(ids, 'VehicleRiskAlert')).toBe(0);
  await proxies.VN.start(ports.VN);
  await eventually(async () => ((await atVN(ids, 'VehicleRiskAlert')) === 10 ? true : undefined), 120_000, 250);
  expect(await ex.nodes.VN!.deadLetters.count()).toBe(0);
  const docs = await ex.nodes.VN!.views.collection('VehicleRiskAlert').find({ recordId: { $in: ids } }).toArray();
  expect(docs.every((d) => d.revision === 1)).toBe(true);
}, 240_000);
