// The second round of contracts adds meta.retraction (why a copy is a tombstone) to every record
// and alertSource to AlertHit. Proven with bytes: a reader of the previous version reads the new
// data and skips the fields, and a new reader fills them with null from old data.
import { avroType } from '../avro-types';
import type { RecordName } from '../records';
import { ALL_SAMPLES } from '../samples';
import { latestVersion } from '../versions/load-schema';

const fieldsOf = (t: ReturnType<typeof avroType>) => (t.schema() as { fields: { name: string; type: unknown }[] }).fields;

describe.each(ALL_SAMPLES.map((s) => [s.name, s] as const))('%s: retraction and alertSource', (_name, sample) => {
  const name = sample.recordName as RecordName;
  const latest = latestVersion(name);
  const previous = avroType(name, latest - 1);
  const current = avroType(name, latest);
  const given = sample.value as { meta: Record<string, unknown> };
  const value = { ...given, meta: { ...given.meta, retraction: 'NO_LONGER_SHARED' } } as Record<string, unknown>;
  const { retraction: _dropped, ...oldMeta } = value.meta as Record<string, unknown>;
  const { alertSource: _source, ...oldContent } = value;
  const asPrevious = { ...oldContent, meta: oldMeta };

  it('the previous reader reads the new bytes and skips what it does not know', () => {
    const read = previous.fromBuffer(current.toBuffer(value), previous.createResolver(current)) as Record<string, unknown>;
    expect(JSON.parse(JSON.stringify(read))).toEqual(JSON.parse(JSON.stringify(asPrevious)));
  });

  it('the new reader fills both with null from the previous bytes', () => {
    const read = current.fromBuffer(previous.toBuffer(asPrevious), current.createResolver(previous)) as Record<string, unknown>;
    expect((read.meta as Record<string, unknown>).retraction).toBeNull();
    if (name === 'AlertHit') expect(read.alertSource).toBeNull();
    expect(fieldsOf(current).length - fieldsOf(previous).length).toBe(name === 'AlertHit' ? 1 : 0);
  });
});
