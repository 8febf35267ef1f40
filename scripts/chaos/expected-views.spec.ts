// The chaos check's own rules: what views must hold after a sequence of accepted revisions, and how
// a difference is named. If these were wrong, a chaos run could pass while records are lost.
import { join } from 'node:path';
import { avroType, botenSeizure } from '@bex/schemas';
import { loadAgreements, tombstone, type AnyRecord } from '@bex/shared';
import { compareViews, type ViewEntry } from './compare-views';
import { expectedCopies } from './expected-views';
import { seededRng } from './rng';

const agreements = loadAgreements(join(__dirname, '..', '..', 'deploy', 'agreements'));
const at = new Date('2026-06-01T00:00:00Z');

function seizure(revision: number, gate: string, handlingCode: string, status = revision === 1 ? 'ACTIVE' : 'AMENDED'): AnyRecord {
  const base = botenSeizure as unknown as AnyRecord;
  return { ...base, location: { ...(base.location as object), gateCode: gate }, meta: { ...base.meta, source: 'LA', recipient: 'LA', recordId: 'r1', revision, status, handlingCode } } as AnyRecord;
}

it('gives CN content while a seizure is at Boten, then a tombstone once it moves out of the gate scope', () => {
  const revisions = [seizure(1, 'LA-BTN', 'H1'), seizure(2, 'LA-DTO', 'H1')];
  const copies = expectedCopies([{ source: 'LA', type: 'SeizureCase', recordId: 'r1', revisions }], agreements, at);
  const by = Object.fromEntries(copies.map((c) => [c.holder, c]));
  expect(by.LA).toMatchObject({ revision: 2, tombstone: false, status: 'AMENDED' });
  expect(by.VN).toMatchObject({ revision: 2, tombstone: false });
  expect(by.CN).toMatchObject({ revision: 2, tombstone: true, status: 'WITHDRAWN' });
});

it('tells a partner that never held a record nothing, not even of its withdrawal', () => {
  const first = seizure(1, 'LA-DTO', 'H1');
  const withdrawn = tombstone(avroType('SeizureCase'), first, { revision: 2, status: 'WITHDRAWN', retraction: 'WITHDRAWN' });
  const copies = expectedCopies([{ source: 'LA', type: 'SeizureCase', recordId: 'r1', revisions: [first, withdrawn] }], agreements, at);
  expect(copies.map((c) => c.holder).sort()).toEqual(['LA', 'VN']);
  expect(copies.every((c) => c.tombstone && c.revision === 2)).toBe(true);
});

it('keeps H3 at home', () => {
  const copies = expectedCopies([{ source: 'LA', type: 'SeizureCase', recordId: 'r1', revisions: [seizure(1, 'LA-BTN', 'H3')] }], agreements, at);
  expect(copies.map((c) => c.holder)).toEqual(['LA']);
});

it('names every kind of difference', () => {
  const e = (holder: 'LA' | 'VN' | 'CN', key: string, revision: number, tomb = false) => ({ holder, type: 'SeizureCase' as const, key, revision, status: tomb ? 'WITHDRAWN' : 'ACTIVE', tombstone: tomb });
  const expected = [e('LA', 'LA:a', 1), e('VN', 'LA:a', 1), e('CN', 'LA:b', 2, true), e('VN', 'LA:c', 3), e('LA', 'LA:d', 1)];
  const actual: ViewEntry[] = [e('LA', 'LA:a', 1), e('CN', 'LA:b', 2, false), e('VN', 'LA:c', 2), e('CN', 'LA:z', 1), e('LA', 'LA:d', 1), { ...e('LA', 'LA:d', 1), type: 'AlertHit' }];
  const categories = compareViews(expected, actual).map((d) => `${d.category} ${d.holder} ${d.key}`).sort();
  expect(categories).toEqual(['contentWhereTombstone CN LA:b', 'duplicated LA LA:d', 'lost VN LA:a', 'unexpected CN LA:z', 'wrongRevision VN LA:c']);
});

it('repeats the same random choices for the same seed', () => {
  const a = seededRng(42);
  const b = seededRng(42);
  expect(Array.from({ length: 5 }, () => a.int(1000))).toEqual(Array.from({ length: 5 }, () => b.int(1000)));
});
