// Rules that span fields or depend on the record type, which a schema cannot express.
import type { RecordName } from '../records';
import type { FieldError } from './field-error';

type Obj = Record<string, unknown>;

const ALLOWED_STATUS: Readonly<Record<RecordName, readonly string[]>> = {
  SeizureCase: ['ACTIVE', 'AMENDED', 'WITHDRAWN'],
  VehicleRiskAlert: ['ACTIVE', 'AMENDED', 'SUSPENDED', 'WITHDRAWN', 'EXPIRED'],
  AlertHit: ['ACTIVE', 'AMENDED', 'WITHDRAWN'],
  PolicyChange: ['ACTIVE', 'AMENDED', 'WITHDRAWN', 'EXPIRED', 'SUPERSEDED'],
};

// The schemas make content nullable so tombstones and redaction can drop it; a live record still
// needs its substance. A field the agreement removed (listed in meta.redactedPaths) is excused.
export const REQUIRED_WHILE_LIVE: Readonly<Record<RecordName, readonly string[]>> = {
  SeizureCase: ['seizedAt', 'location', 'goods'],
  VehicleRiskAlert: ['vehicle', 'priority', 'requestedAction', 'targetGates', 'validFrom', 'validUntil'],
  AlertHit: ['alertId', 'reportingAuthority', 'location', 'seenAt', 'result'],
  PolicyChange: ['changeType', 'effectiveFrom', 'title', 'officialLanguage'],
};

// Times that must come after another, by path: no JSON Schema can compare two values, so the
// record's JSON Schema lists these as rules (json-schema/record-schema.ts).
export const ORDERED_TIMES: Readonly<Record<RecordName, ReadonlyArray<readonly [before: string, after: string]>>> = {
  SeizureCase: [['meta.issuedAt', 'meta.retainUntil']],
  VehicleRiskAlert: [['meta.issuedAt', 'meta.retainUntil'], ['validFrom', 'validUntil']],
  AlertHit: [['meta.issuedAt', 'meta.retainUntil']],
  PolicyChange: [['meta.issuedAt', 'meta.retainUntil'], ['effectiveFrom', 'effectiveUntil']],
};

/** The message of a broken ORDERED_TIMES pair, named at the later field. */
export const orderMessage = (before: string): string => `must be after ${before.slice(before.lastIndexOf('.') + 1)}`;

function obj(value: unknown): Obj | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : null;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0);
}

function at(record: Obj, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => obj(node)?.[key], record);
}

function orderErrors(recordName: RecordName, record: Obj): FieldError[] {
  return ORDERED_TIMES[recordName].flatMap(([from, until]) => {
    const a = at(record, from);
    const b = at(record, until);
    return typeof a === 'number' && typeof b === 'number' && !(a < b) ? [{ path: until, message: orderMessage(from) }] : [];
  });
}

export function recordRuleErrors(recordName: RecordName, value: unknown): FieldError[] {
  const record = obj(value);
  const meta = obj(record?.meta);
  if (record === null || meta === null) return [];
  const errors: FieldError[] = [];
  if (typeof meta.recordType === 'string' && meta.recordType !== recordName) {
    errors.push({ path: 'meta.recordType', message: `must be ${recordName}` });
  }
  const status = meta.status;
  if (typeof status === 'string' && !ALLOWED_STATUS[recordName].includes(status)) {
    errors.push({ path: 'meta.status', message: `must be one of ${ALLOWED_STATUS[recordName].join(', ')} for ${recordName}` });
  }
  errors.push(...orderErrors(recordName, record));
  if (status !== 'WITHDRAWN') {
    const redacted = Array.isArray(meta.redactedPaths) ? meta.redactedPaths : [];
    for (const field of REQUIRED_WHILE_LIVE[recordName]) {
      if (isEmpty(record[field]) && !redacted.includes(field)) errors.push({ path: field, message: `is required unless the record is withdrawn` });
    }
  }
  errors.push(...typeRules(recordName, record, meta));
  return errors;
}

function typeRules(recordName: RecordName, record: Obj, meta: Obj): FieldError[] {
  const errors: FieldError[] = [];
  if (recordName === 'SeizureCase' && Array.isArray(record.goods)) {
    record.goods.forEach((line, i) => {
      const goods = obj(line);
      if (goods && typeof goods.value === 'string' && (goods.currency === null || goods.currency === undefined)) {
        errors.push({ path: `goods[${i}].currency`, message: 'is required when value is given' });
      }
    });
  }
  if (recordName === 'PolicyChange') {
    if (Array.isArray(record.supersedes) && record.supersedes.includes(meta.recordId)) {
      errors.push({ path: 'supersedes', message: 'must not name the record itself' });
    }
    if (record.changeType === 'CHECKPOINT_STATUS' && meta.status !== 'WITHDRAWN' && isEmpty(record.checkpointStatus)) {
      errors.push({ path: 'checkpointStatus', message: 'is required for a CHECKPOINT_STATUS change' });
    }
  }
  return errors;
}
