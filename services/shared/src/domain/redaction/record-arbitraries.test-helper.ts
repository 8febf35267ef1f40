// fast-check generators shared by the property tests: records shaped like the Avro ones (with
// arrays of random sizes, fields absent, null or set) and agreements that are often, but not
// always, aligned with the record so that both sharing and refusal are exercised.
import fc from 'fast-check';
import type { Agreement } from '../agreement/agreement';
import { AUTHORITIES, RECORD_TYPES, type AuthorityCode } from '../records/record-types';
import { HANDLING_CODES, SHAREABLE_HANDLING_CODES, type ShareableMeta } from '../agreement/record-shape';

export const AT = new Date('2026-06-15T08:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;

export const GATES = ['LA-BOTEN', 'LA-DANSAVANH', 'LA-NAMPHAO', 'VN-LAOBAO', 'VN-CAUTREO', 'CN-MOHAN'] as const;

export const PATH_POOL = [
  'persons[].fullName',
  'persons[].identityDocument',
  'persons[].sex',
  'persons[].birthYear',
  'persons[].identityDocument.number',
  'companies[].name',
  'companies[].registrationNumber',
  'conveyance.vin',
  'conveyance',
  'location.gateCode',
  'narrative',
  'media[].sha256',
  'notThere',
] as const;

const FIELD_NAMES = ['persons', 'companies', 'conveyance', 'narrative', 'fullName', 'vin', 'name', 'media', 'number', 'identityDocument', 'x'];

/** Any path the grammar accepts, mostly over names the generated records use. */
export const arbitraryPath: fc.Arbitrary<string> = fc
  .array(fc.record({ field: fc.constantFrom(...FIELD_NAMES), each: fc.boolean() }), { minLength: 1, maxLength: 4 })
  .map((steps) => steps.map((s, i) => (s.each && i < steps.length - 1 ? `${s.field}[]` : s.field)).join('.'));

const authority = fc.constantFrom<AuthorityCode>(...AUTHORITIES);
const text = fc.string({ maxLength: 12 });
const nullable = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null, freq: 3 });

const person = fc.record(
  {
    pseudonymousRef: fc.uuid(),
    role: fc.constantFrom('DRIVER', 'OWNER', 'PASSENGER', 'CONSIGNEE'),
    nationality: authority,
    sex: nullable(fc.constantFrom('M', 'F', 'X')),
    birthYear: nullable(fc.integer({ min: 1940, max: 2010 })),
    fullName: nullable(text),
    identityDocument: nullable(fc.record({ type: fc.constantFrom('PASSPORT', 'ID_CARD'), number: nullable(text) })),
  },
  { requiredKeys: ['pseudonymousRef', 'role', 'nationality'] },
);

const company = fc.record(
  { role: fc.constantFrom('SHIPPER', 'CARRIER'), name: nullable(text), registrationNumber: nullable(text), country: authority },
  { requiredKeys: ['role', 'country'] },
);

const meta = fc.record({
  recordId: fc.uuid(),
  revision: fc.integer({ min: 1, max: 1000 }),
  source: authority,
  recipient: fc.constant(null),
  recordType: fc.constantFrom(...RECORD_TYPES),
  status: fc.constantFrom('ACTIVE', 'AMENDED', 'WITHDRAWN'),
  handlingCode: fc.constantFrom(...HANDLING_CODES),
  issuedAt: fc.constant('2026-06-01T00:00:00.000Z'),
  issuingOffice: text,
  redactedPaths: fc.constant<string[]>([]),
});

export interface GeneratedRecord {
  meta: ShareableMeta & { status: string; issuedAt: string; issuingOffice: string };
  [field: string]: unknown;
}

export const arbitraryRecord: fc.Arbitrary<GeneratedRecord> = fc.record(
  {
    meta,
    persons: fc.array(person, { maxLength: 6 }),
    companies: fc.array(company, { maxLength: 4 }),
    conveyance: nullable(fc.record({ plate: text, plateCountry: authority, vin: nullable(text) }, { requiredKeys: ['plate'] })),
    location: fc.record({ gateCode: nullable(fc.constantFrom(...GATES)), gateName: text }),
    narrative: nullable(fc.dictionary(fc.constantFrom('lo', 'vi', 'zh', 'en'), text)),
    targetGates: fc.array(fc.constantFrom(...GATES), { maxLength: 3 }),
    affectedGates: fc.array(fc.constantFrom(...GATES), { maxLength: 3 }),
    media: fc.array(fc.record({ uri: text, sha256: fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b)) }), {
      maxLength: 2,
    }),
  },
  { requiredKeys: ['meta'] },
);

export const arbitraryAgreement: fc.Arbitrary<Agreement> = fc
  .record({
    source: authority,
    recipient: authority,
    recordTypes: fc.subarray([...RECORD_TYPES]),
    maxHandlingCode: fc.constantFrom(...SHAREABLE_HANDLING_CODES),
    removePaths: fc.tuple(fc.subarray([...PATH_POOL]), fc.array(arbitraryPath, { maxLength: 3 })).map(([a, b]) => [...a, ...b]),
    gateScope: fc.option(fc.subarray([...GATES], { minLength: 1 }), { nil: undefined }),
    fromDays: fc.integer({ min: -400, max: 30 }),
    lengthDays: fc.integer({ min: 1, max: 800 }),
  })
  .map(({ fromDays, lengthDays, gateScope, ...rest }) => {
    const validFrom = new Date(AT.getTime() + fromDays * DAY);
    const agreement: Agreement = {
      ...rest,
      validFrom,
      validUntil: new Date(validFrom.getTime() + lengthDays * DAY),
      legalBasis: 'generated',
      file: `${rest.source.toLowerCase()}-to-${rest.recipient.toLowerCase()}.json`,
    };
    if (gateScope !== undefined) agreement.gateScope = gateScope;
    return agreement;
  });

/** A record and an agreement that, in about half the cases, is made to let the record through. */
export const arbitraryPair: fc.Arbitrary<{ record: GeneratedRecord; agreement: Agreement }> = fc
  .tuple(arbitraryRecord, arbitraryAgreement, fc.boolean())
  .map(([record, agreement, align]) => {
    if (!align) return { record, agreement };
    const meta = { ...record.meta, handlingCode: record.meta.handlingCode === 'H3' ? 'H1' : record.meta.handlingCode };
    const recipient = AUTHORITIES.find((a) => a !== meta.source) ?? 'VN';
    const aligned: Agreement = {
      ...agreement,
      source: meta.source as AuthorityCode,
      recipient,
      file: `${meta.source.toLowerCase()}-to-${recipient.toLowerCase()}.json`,
      recordTypes: [...RECORD_TYPES],
      maxHandlingCode: 'H2',
      validFrom: new Date(AT.getTime() - DAY),
      validUntil: new Date(AT.getTime() + DAY),
    };
    delete aligned.gateScope;
    return { record: { ...record, meta }, agreement: aligned };
  });

/** Freezes everything reachable, so any write into the input throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return value;
  for (const child of Object.values(value)) deepFreeze(child);
  return Object.freeze(value);
}
