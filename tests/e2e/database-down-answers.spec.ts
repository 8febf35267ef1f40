// What an officer is told while the database is down. The api of an authority runs on a database of
// this test's own (own port, own directory, on disk), which is killed with SIGKILL under a stream
// of submissions and started again: every answer is a 202 or a 503 problem naming the database,
// with Retry-After and a detail saying the write may have been recorded, never a bare 500; once
// the database is back, submissions get 202 again without restarting the api.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAuthorityConfig, startAuthority, type RunningAuthority } from '@bex/authority';
import { requestBody } from '@bex/api';
import { botenSeizure } from '@bex/schemas';
import { createLogger } from '@bex/shared';
import { mintDevToken } from '../../scripts/dev-identity';
import { endpoints, loadStackConfig } from '../../scripts/stack/config';
import { stop } from '../../scripts/stack/processes';
import { killHard } from '../../scripts/stack/kill-hard';
import { upOne } from '../../scripts/stack/stack';
import { eventually } from '../harness';

const home = mkdtempSync(join(tmpdir(), 'bex-db-down-'));
const cfg = loadStackConfig({ ...process.env, BEX_HOME: home, BEX_DATA_DIR: join(home, 'data'), BEX_DB_STORAGE: 'disk', BEX_DB_PORT: process.env.BEX_TEST_DOWN_DB_PORT ?? '27317', BEX_DB_CACHE: '128M' });
let la: RunningAuthority | undefined;

afterAll(async () => {
  await la?.stop().catch(() => undefined);
  await stop(cfg, 'database');
  rmSync(home, { recursive: true, force: true });
}, 60_000);

interface Answer {
  status: number;
  contentType: string | null;
  retryAfter: string | null;
  body: { type?: string; detail?: string };
}

async function submit(apiUrl: string, token: string): Promise<Answer> {
  const res = await fetch(`${apiUrl}/v1/seizure-cases`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(requestBody('SeizureCase', botenSeizure)),
    signal: AbortSignal.timeout(60_000),
  });
  return { status: res.status, contentType: res.headers.get('content-type'), retryAfter: res.headers.get('retry-after'), body: (await res.json()) as Answer['body'] };
}

it('answers 503 database-unavailable with Retry-After while the database is down, and 202 once it is back', async () => {
  await upOne(cfg, 'database');
  la = await startAuthority(
    loadAuthorityConfig({ BEX_AUTHORITY: 'LA', BEX_ROLES: 'api', BEX_API_PORT: '0', BEX_METRICS_PORT: '0', BEX_MONGO_URL: endpoints(cfg).mongoUrl, BEX_MONGO_DB: 'bex_la' }),
    createLogger('bex-test', 'silent'),
  );
  const token = mintDevToken({ authority: 'LA', roles: ['officer'] });
  expect((await submit(la.apiUrl!, token)).status).toBe(202);

  const answers: Answer[] = [];
  let running = true;
  const writers = Array.from({ length: 4 }, async () => {
    while (running) answers.push(await submit(la!.apiUrl!, token));
  });
  await eventually(async () => (answers.length >= 20 ? true : undefined), 30_000, 20);
  await killHard(cfg, 'database', cfg.databasePort);
  // Answers while it is down: at least a few of them refused.
  await eventually(async () => (answers.filter((a) => a.status === 503).length >= 4 ? true : undefined), 60_000, 50);
  await upOne(cfg, 'database');
  const back = answers.length;
  await eventually(async () => (answers.slice(back).some((a) => a.status === 202) ? true : undefined), 60_000, 50);
  running = false;
  await Promise.all(writers);

  const statuses = [...new Set(answers.map((a) => a.status))].sort();
  console.log(JSON.stringify({ answers: answers.length, statuses, refused: answers.filter((a) => a.status === 503).length }));
  expect(statuses).toEqual([202, 503]);
  for (const refused of answers.filter((a) => a.status === 503)) {
    expect(refused.contentType).toMatch(/^application\/problem\+json/);
    expect(refused.retryAfter).toBe('2');
    expect(refused.body.type).toBe('https://bex.example/problems/database-unavailable');
    expect(refused.body.detail).toMatch(/may or may not have been recorded/);
  }
}, 180_000);
