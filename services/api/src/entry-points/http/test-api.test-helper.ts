// Starts the real app on port 0 against a fresh database of the local stack, with a throwaway
// identity provider, and captures its log lines so tests can check what gets logged.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import mongoose, { type Connection } from 'mongoose';
import pino from 'pino';
import { stackEnv, uniqueName } from '@bex/tests';
import { OutboxStore, type AuthorityCode } from '@bex/shared';
import { apiClient, type ApiClient } from '../../client/api-client';
import { createApp, type AppOptions } from './app';
import { createTestIdentity, type TestIdentity } from './auth/test-identity.test-helper';

export interface TestApi {
  url: string;
  outbox: OutboxStore;
  conn: Connection;
  logs: Array<Record<string, unknown>>;
  identity: TestIdentity;
  close(): Promise<void>;
}

/** `options` adds app options of the test's own, e.g. a rate limit or the agreements. */
export async function startTestApi(authority: AuthorityCode, options: Pick<AppOptions, 'rateLimit' | 'addressRateLimit' | 'agreements'> = {}): Promise<TestApi> {
  const conn = await mongoose.createConnection(stackEnv().mongoUrl, { dbName: uniqueName('bex_api') }).asPromise();
  const outbox = new OutboxStore(conn);
  await outbox.init();
  const logs: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const logger = pino({ level: 'info' }, sink);
  const identity = createTestIdentity(authority);
  const server: Server = createServer(createApp({ authority, outbox, logger, auth: identity.auth, ...options }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    outbox,
    conn,
    logs,
    identity,
    async close() {
      identity.dispose();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // A closed connection would buffer the drop until it times out.
      if (conn.readyState === mongoose.ConnectionStates.connected) await conn.dropDatabase();
      await conn.close();
    },
  };
}

export interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

/** Calls as an officer of the api's authority unless `headers` bring their own authorization. */
export async function call(api: TestApi, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const init: RequestInit = { method, headers: { authorization: `Bearer ${api.identity.token()}`, ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
  }
  const res = await fetch(`${api.url}${path}`, init);
  const text = await res.text();
  // A CSV export is kept as its text, under `text`.
  const json = (res.headers.get('content-type') ?? '').includes('json');
  return { status: res.status, headers: res.headers, body: text === '' ? {} : json ? (JSON.parse(text) as Record<string, unknown>) : { text } };
}

/** The typed client of the test api, as an officer of its authority unless `claims` say otherwise. */
export function clientOf(api: TestApi, claims: Record<string, unknown> = {}): ApiClient {
  return apiClient(api.url, api.identity.token(claims));
}
