import { ALL_SAMPLES, validateRecord } from '@bex/schemas';
import type { AnyRecord, RecordTypeName } from '@bex/shared';
import { schemaOf } from './record-kinds';
import { tombstone } from './tombstone';

describe('tombstone', () => {
  it.each(ALL_SAMPLES.map((s) => [s.name, s.recordName as RecordTypeName, s.value as AnyRecord] as const))(
    'of %s keeps meta, drops all content and stays schema-valid',
    (_name, recordType, sample) => {
      const meta = { ...sample.meta, revision: sample.meta.revision + 1, status: 'WITHDRAWN' };
      const stone = tombstone(schemaOf(recordType), sample, meta);
      expect(stone.meta).toEqual(meta);
      for (const [field, value] of Object.entries(stone)) {
        if (field !== 'meta') expect([null, [], {}]).toContainEqual(value);
      }
      expect(JSON.stringify(stone)).not.toMatch(/fullName|plate"|narrative":\{/);
      expect(validateRecord(recordType, stone)).toEqual([]);
    },
  );
});
