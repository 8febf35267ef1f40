import { avroType, botenSeizure } from '@bex/schemas';
import type { Agreement } from '../agreement/agreement';
import { redactFor } from './redact';
import { redactionProblems } from './received-redaction';

const laToVn: Agreement = {
  source: 'LA',
  recipient: 'VN',
  recordTypes: ['SeizureCase'],
  maxHandlingCode: 'H2',
  removePaths: ['persons[].fullName', 'persons[].identityDocument', 'narrative'],
  validFrom: new Date('2025-01-01T00:00:00Z'),
  validUntil: new Date('2030-01-01T00:00:00Z'),
  legalBasis: 'test',
  file: 'la-to-vn.json',
};
const AT = new Date('2026-06-15T00:00:00Z');
const seizure = { ...botenSeizure, meta: { ...botenSeizure.meta, handlingCode: 'H1' as const } };

describe('redactionProblems (the recipient re-checks what the agreement removes)', () => {
  it('finds nothing in a copy redacted by the agreement', () => {
    const result = redactFor(seizure, laToVn, AT);
    if (!result.shared) throw new Error(result.detail);
    expect(redactionProblems(result.record, laToVn)).toEqual({ unredacted: [], falseClaims: [] });
  });

  it('names every removable path that still holds a value, and no value', () => {
    const problems = redactionProblems({ ...seizure, meta: { ...seizure.meta, recipient: 'VN' } }, laToVn);
    expect(problems.unredacted).toEqual(expect.arrayContaining(['persons[0].fullName', 'persons[1].fullName', 'narrative']));
    expect(JSON.stringify(problems)).not.toContain(seizure.persons![0]!.fullName!);
  });

  it('catches a copy that claims a removal it did not make', () => {
    const claimed = { ...seizure, narrative: null, persons: null, meta: { ...seizure.meta, redactedPaths: ['conveyance.plate'] } };
    expect(redactionProblems(claimed, laToVn)).toEqual({ unredacted: [], falseClaims: ['conveyance.plate'] });
  });

  it('fails closed on a path it cannot read', () => {
    const broken = { ...laToVn, removePaths: ['persons[]'] };
    const clean = { ...seizure, persons: null, narrative: null };
    expect(redactionProblems(clean, broken).unredacted).toEqual(['persons[]']);
  });

  it('finds unredacted fields in a record as Avro decodes it (class instances, not plain objects)', () => {
    const type = avroType('SeizureCase');
    const decoded = type.fromBuffer(type.toBuffer(seizure)) as typeof seizure;
    expect(Object.getPrototypeOf(decoded)).not.toBe(Object.prototype);
    expect(redactionProblems(decoded, laToVn).unredacted).toEqual(expect.arrayContaining(['persons[0].fullName', 'persons[0].identityDocument', 'narrative']));
  });
});
