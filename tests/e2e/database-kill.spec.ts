// An accepted request is durable: an outbox append resolves (and the api answers 202) only once
// the revision is in the database's journal. Killing the database with SIGKILL while appends are in
// flight loses none that resolved. The test kills a database of its own (own port, own directory,
// on disk as users run it), never the stack's.
import { botenSeizure, makeSample } from '@bex/schemas';
import { OutboxStore, type AnyRecord } from '@bex/shared';
import mongoose from 'mongoose';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { endpoints, loadStackConfig } from '../../scripts/stack/config';
import { stop } from '../../scripts/stack/processes';
import { killHard } from '../../scripts/stack/kill-hard';
import { upOne } from '../../scripts/stack/stack';

const home = mkdtempSync(join(tmpdir(), 'bex-db-kill-'));
const cfg = loadStackConfig({ ...process.env, BEX_HOME: home, BEX_DATA_DIR: join(home, 'data'), BEX_DB_STORAGE: 'disk', BEX_DB_PORT: process.env.BEX_TEST_KILL_DB_PORT ?? '27217', BEX_DB_CACHE: '128M' });

afterAll(async () => {
  await stop(cfg, 'database');
  rmSync(home, { recursive: true, force: true });
});

it('keeps every append that resolved before the database was killed with SIGKILL', async () => {
  await upOne(cfg, 'database');
  const conn = await mongoose.createConnection(endpoints(cfg).mongoUrl, { serverSelectionTimeoutMS: 2000 }).asPromise();
  const outbox = new OutboxStore(conn);
  await outbox.init();

  const resolved: string[] = [];
  let killed = false;
  const writer = async (): Promise<void> => {
    while (!killed) {
      const record = makeSample('SeizureCase', { source: 'LA', recipient: 'LA', recordId: randomUUID(), base: botenSeizure }) as unknown as AnyRecord;
      try {
        await outbox.append(record, new Date());
        if (!killed) resolved.push(record.meta.recordId);
      } catch {
        return;
      }
    }
  };
  const writers = Array.from({ length: 8 }, writer);
  // Let appends run, then kill the database in the middle of them.
  while (resolved.length < 150) await new Promise((r) => setTimeout(r, 20));
  killed = true;
  const dying = killHard(cfg, 'database', cfg.databasePort);
  await Promise.race([Promise.all(writers), new Promise((r) => setTimeout(r, 10_000))]);
  await conn.close(true).catch(() => undefined);
  await dying;

  await upOne(cfg, 'database');
  const again = await mongoose.createConnection(endpoints(cfg).mongoUrl).asPromise();
  try {
    const found = await again.collection('outbox').countDocuments({ recordId: { $in: resolved } });
    console.log(`${resolved.length} appends resolved before SIGKILL; ${found} found after restart`);
    expect(found).toBe(resolved.length);
  } finally {
    await again.close();
  }
}, 120_000);
