// The operations listener on its own: metrics, and a liveness that names each stopped role.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createMetricsApp } from './metrics-app';
import { ApiMetrics } from './queries/metrics';

let server: Server;
let url: string;
let relayAlive = true;

beforeAll(async () => {
  const metrics = new ApiMetrics({ relayBacklog: async () => 7 });
  server = createServer(createMetricsApp({ metrics, logger: pino({ level: 'silent' }), liveness: { relay: () => relayAlive } }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('the metrics listener', () => {
  it('serves the Prometheus text of the registry', async () => {
    const res = await fetch(`${url}/metrics`);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/^bex_relay_backlog 7$/m);
  });

  it('is alive while every role is, and answers 503 naming the role that stopped', async () => {
    relayAlive = true;
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    relayAlive = false;
    const res = await fetch(`${url}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ detail: 'not alive: relay stopped or stalled', errors: [{ path: 'relay', message: 'stopped or stalled' }] });
  });

  it('serves nothing else', async () => {
    expect((await fetch(`${url}/readyz`)).status).toBe(404);
  });
});
