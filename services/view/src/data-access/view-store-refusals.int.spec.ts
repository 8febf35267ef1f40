// A document the database will not store must not take the rest of its batch with it: written
// against the real database, a batch with one document whose key no document can hold (NUL) and
// one too large for any document writes the others and returns those two, each with why.
import { makeSample } from '@bex/schemas';
import type { AnyRecord } from '@bex/shared';
import mongoose from 'mongoose';
import { randomUUID } from 'node:crypto';
import { viewDocument } from '../domain/view-document';
import { ViewStore } from './view-store';

let conn: mongoose.Connection;
let views: ViewStore;
beforeAll(async () => {
  conn = await mongoose.createConnection(process.env.BEX_MONGO_URL!, { dbName: `bex_view_refusals_${randomUUID().slice(0, 8)}` }).asPromise();
  views = new ViewStore(conn);
  await views.init();
});
afterAll(async () => {
  await conn.dropDatabase();
  await conn.close();
});

const doc = (extra: Record<string, unknown> = {}) => viewDocument({ ...makeSample('SeizureCase', { source: 'VN', recipient: 'LA', recordId: randomUUID() }), ...extra } as unknown as AnyRecord, Date.now());

it('writes the documents the database takes and returns the ones it refuses', async () => {
  const good = [doc(), doc()];
  const nulKey = doc({ narrative: { 'l\u0000o': 'x' } });
  const tooLarge = doc({ narrative: { en: 'x'.repeat(17 * 1024 * 1024) } });
  const applied = await views.apply('SeizureCase', [good[0]!, nulKey, tooLarge, good[1]!]);
  expect(applied.changed).toBe(2);
  expect(applied.refused.map((r) => r.doc)).toEqual([nulKey, tooLarge]);
  for (const r of applied.refused) expect(r.error).toMatch(/\S/);
  expect(await views.heldKeys('SeizureCase', [...good, nulKey, tooLarge].map((d) => d._id))).toEqual(new Set(good.map((d) => d._id)));
});

it('a batch the database takes whole is one write with nothing refused', async () => {
  const applied = await views.apply('SeizureCase', [doc(), doc(), doc()]);
  expect(applied).toEqual({ changed: 3, refused: [] });
});
