// Golden fixtures: the Avro bytes of every sample are committed, so any change to a schema, to the
// samples or to the encoder that alters the wire shows up here as a diff someone must approve.
// Regenerate deliberately with UPDATE_GOLDEN=1 (and review the diff).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { avroType } from './avro-types';
import { latestVersion } from './versions/load-schema';
import { ALL_SAMPLES } from './samples';

const DIR = join(__dirname, '..', 'golden');

describe.each(ALL_SAMPLES.map((s) => [s.name, s] as const))('golden bytes of %s', (_name, sample) => {
  const file = join(DIR, `${sample.name}.${sample.recordName}.v${latestVersion(sample.recordName)}.avro`);
  const type = avroType(sample.recordName);

  it('encodes to the committed bytes, the same on every run', () => {
    const bytes = type.toBuffer(sample.value);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, bytes);
    expect(existsSync(file)).toBe(true);
    expect(type.toBuffer(sample.value).equals(bytes)).toBe(true);
    expect(bytes.equals(readFileSync(file))).toBe(true);
  });

  it('decodes the committed bytes back to the sample', () => {
    expect(type.fromBuffer(readFileSync(file))).toEqual(sample.value);
  });
});
