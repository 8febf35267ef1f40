// SIGTERM on a running authority process: it stops taking requests, lets the relay finish its
// batch and the projector commit, closes, and exits 0; every request it accepted is durable and,
// once an authority runs again, delivered exactly once.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { requestBody } from '@bex/api';
import { botenSeizure } from '@bex/schemas';
import { inboxTopic, parseRecordKey } from '@bex/shared';
import mongoose from 'mongoose';
import { mintDevToken } from '../../scripts/dev-identity';
import { authorityKafkaVars, callJson, eventually, grantPrefixAcls, readAll, revokePrefixAcls, stackEnv, uniqueName } from '../harness';

const root = join(__dirname, '..', '..');
const env = stackEnv();
const prefix = uniqueName('gs').replace(/-/g, '_');
const dbName = `${prefix}_la`;

function startLA(): { child: ChildProcess; apiUrl: Promise<string>; lines: string[] } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'services/authority/src/start.ts')], {
    cwd: root,
    env: {
      ...process.env,
      BEX_AUTHORITY: 'LA',
      BEX_API_PORT: '0',
      BEX_METRICS_PORT: '0',
      BEX_KAFKA_BROKERS: env.kafkaBrokers.join(','),
      ...authorityKafkaVars('LA'),
      BEX_REGISTRY_URL: env.registryUrl,
      BEX_MONGO_URL: env.mongoUrl,
      BEX_MONGO_DB: dbName,
      BEX_TOPIC_PREFIX: prefix,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  const apiUrl = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      lines.push(line);
      const parsed = JSON.parse(line) as { msg?: string; apiUrl?: string };
      if (parsed.msg === 'authority started' && parsed.apiUrl) resolve(parsed.apiUrl);
    });
    child.once('exit', (code) => reject(new Error(`authority exited with ${code} before it started`)));
  });
  return { child, apiUrl, lines };
}

beforeAll(() => grantPrefixAcls(prefix));
afterAll(() => revokePrefixAcls(prefix));

const exited = (child: ChildProcess): Promise<number | null> => new Promise((resolve) => child.once('exit', (code) => resolve(code)));

it('drains on SIGTERM and exits 0; what it accepted is delivered once after a restart', async () => {
  const token = mintDevToken({ authority: 'LA', roles: ['officer'] });
  const first = startLA();
  const url = await first.apiUrl;
  const accepted: string[] = [];
  const submissions = Array.from({ length: 30 }, async () => {
    const answer = await callJson(url, 'POST', '/v1/seizure-cases', requestBody('SeizureCase', botenSeizure), token).catch(() => undefined);
    if (answer?.status === 202) accepted.push(answer.body.recordId as string);
  });
  await new Promise((r) => setTimeout(r, 50));
  first.child.kill('SIGTERM');
  await Promise.all(submissions);
  expect(await exited(first.child)).toBe(0);
  expect(first.lines.some((l) => l.includes('"msg":"authority stopped"'))).toBe(true);
  expect(accepted.length).toBeGreaterThan(0);

  const conn = await mongoose.createConnection(env.mongoUrl, { dbName }).asPromise();
  try {
    expect(await conn.collection('outbox').countDocuments({ recordId: { $in: accepted } })).toBe(accepted.length);
    const second = startLA();
    await second.apiUrl;
    await eventually(async () => ((await conn.collection('outbox').countDocuments({ recordId: { $in: accepted }, state: 'sent' })) === accepted.length ? true : undefined), 30_000, 200);
    await eventually(async () => ((await conn.collection('seizure_cases').countDocuments({ recordId: { $in: accepted } } as never)) === accepted.length ? true : undefined), 30_000, 200);
    second.child.kill('SIGTERM');
    expect(await exited(second.child)).toBe(0);
    const keys = (await readAll([inboxTopic('VN', 'SeizureCase', prefix)])).map((m) => parseRecordKey(m.key!.toString())!.recordId).filter((k) => accepted.includes(k));
    expect(keys.sort()).toEqual([...accepted].sort());
  } finally {
    await conn.dropDatabase();
    await conn.close();
  }
}, 120_000);
