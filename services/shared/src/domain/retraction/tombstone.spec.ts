import { ALL_SAMPLES, avroType, validateRecord } from '@bex/schemas';
import type { AnyRecord } from '../records/record';
import type { RecordTypeName } from '../records/record-types';
import { isContentFreeTombstone, retractedCopy, tombstone } from './tombstone';

const samples = ALL_SAMPLES.map((s) => [s.name, s.recordName as RecordTypeName, s.value as unknown as AnyRecord] as const);

describe('tombstone', () => {
  it.each(samples)('of %s keeps meta, drops all content and stays schema-valid', (_name, recordType, sample) => {
    const meta = { ...sample.meta, revision: sample.meta.revision + 1, status: 'WITHDRAWN', retraction: 'WITHDRAWN' as const };
    const stone = tombstone(avroType(recordType), sample, meta);
    expect(stone.meta).toEqual(meta);
    for (const [field, value] of Object.entries(stone)) {
      if (field !== 'meta') expect([null, [], {}]).toContainEqual(value);
    }
    expect(JSON.stringify(stone)).not.toMatch(/fullName|plate"|narrative":\{/);
    expect(validateRecord(recordType, stone)).toEqual([]);
    expect(isContentFreeTombstone(stone)).toBe(true);
  });

  it.each(samples)('retracted copy of %s for a partner: same revision, its reason, no content', (_name, recordType, sample) => {
    const copy = retractedCopy(avroType(recordType), sample, 'CN', 'NO_LONGER_SHARED');
    expect(copy.meta).toMatchObject({ recordId: sample.meta.recordId, revision: sample.meta.revision, status: 'WITHDRAWN', retraction: 'NO_LONGER_SHARED', recipient: 'CN', redactedPaths: [] });
    expect(isContentFreeTombstone(copy)).toBe(true);
    expect(validateRecord(recordType, copy)).toEqual([]);
  });

  it('does not take a WITHDRAWN record that still carries content for a tombstone', () => {
    const [, , sample] = samples[0]!;
    expect(isContentFreeTombstone({ ...sample, meta: { ...sample.meta, status: 'WITHDRAWN' } })).toBe(false);
    expect(isContentFreeTombstone(sample)).toBe(false);
  });
});
