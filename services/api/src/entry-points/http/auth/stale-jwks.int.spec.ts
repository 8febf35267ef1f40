// The api against an identity provider that goes away: its keys are fetched over http from a real
// listener that the test closes. The cache's clock is the test's, so an hour of outage takes no
// time; tokens are signed at the real time and stay unexpired throughout.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import mongoose, { type Connection } from 'mongoose';
import pino from 'pino';
import { stackEnv, uniqueName } from '@bex/tests';
import { OutboxStore } from '@bex/shared';
import { createApp } from '../app';
import { jwksSource } from './jwks-source';
import { createTestIdentity } from './test-identity.test-helper';

const HOUR = 3_600_000;
const identity = createTestIdentity('LA');
let clock = Date.now();
let conn: Connection;
let api: Server;
let apiUrl: string;
let provider: Server | undefined;
let providerPort = 0;

async function startProvider(): Promise<void> {
  const published = JSON.stringify({ keys: [{ ...identity.publicKey.export({ format: 'jwk' }), kid: identity.kid, alg: 'ES256', use: 'sig' }] });
  provider = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(published));
  await new Promise<void>((resolve) => provider!.listen(providerPort, '127.0.0.1', resolve));
  providerPort = (provider.address() as AddressInfo).port;
}

async function stopProvider(): Promise<void> {
  provider?.closeAllConnections();
  await new Promise<void>((resolve) => provider?.close(() => resolve()));
  provider = undefined;
}

beforeAll(async () => {
  await startProvider();
  conn = await mongoose.createConnection(stackEnv().mongoUrl, { dbName: uniqueName('bex_api') }).asPromise();
  const outbox = new OutboxStore(conn);
  await outbox.init();
  const jwks = jwksSource(`http://127.0.0.1:${providerPort}/jwks.json`, { maxStaleMs: HOUR, now: () => clock });
  api = createServer(createApp({ authority: 'LA', outbox, logger: pino({ level: 'silent' }), auth: { ...identity.auth, jwks } }));
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await stopProvider();
  api.closeAllConnections();
  await new Promise<void>((resolve) => api.close(() => resolve()));
  await conn.dropDatabase();
  await conn.close();
  identity.dispose();
});

async function get(token: string): Promise<{ status: number; type: string | null; retryAfter: string | null; body: Record<string, unknown> }> {
  const res = await fetch(`${apiUrl}/v1/alert-hits/mine`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, type: res.headers.get('content-type'), retryAfter: res.headers.get('retry-after'), body: (await res.json()) as Record<string, unknown> };
}

it('serves remembered and new tokens for less than an hour of provider outage, then answers 503 problem+json until the provider is back', async () => {
  const remembered = identity.token({ sub: 'la-officer-1' });
  expect((await get(remembered)).status).toBe(200);

  await stopProvider();
  clock += 11 * 60_000; // past the 10-minute reload: the reload fails, the keys stay in use
  expect((await get(remembered)).status).toBe(200);
  expect((await get(identity.token({ sub: 'la-officer-2' }))).status).toBe(200);

  clock += HOUR - 11 * 60_000; // one hour after the last load that succeeded
  for (const token of [remembered, identity.token({ sub: 'la-officer-3' })]) {
    const answer = await get(token);
    expect(answer).toMatchObject({ status: 503, retryAfter: '5', body: { type: expect.stringMatching(/identity-provider-unavailable$/), status: 503 } });
    expect(answer.type).toMatch(/^application\/problem\+json/);
  }

  await startProvider();
  clock += 5_000; // the next reload attempt
  expect((await get(remembered)).status).toBe(200);
});
