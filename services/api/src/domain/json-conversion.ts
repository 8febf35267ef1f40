// JSON bodies carry date-times as ISO-8601 strings; records carry epoch millis. The converter walks
// the avsc type, so it knows which fields are timestamps, and reports what only it can see: bad
// date-times, non-objects where records are due, unknown and missing fields. Everything else
// (enum symbols, formats, cross-field rules) is left for validateRecord to judge.
import avro from 'avsc';
import { EARLIEST_YEAR, LATEST_YEAR, renderSteps, stepInto, type FieldSteps } from '@bex/schemas';
import { isPlainObject, type FieldError } from './field-error';
import { parseIsoDateTime, TimestampMillis } from './timestamp-type';

export interface Converted {
  value: unknown;
  errors: FieldError[];
}

const EXAMPLE = 'e.g. 2026-03-01T08:30:00Z';

// Per avsc type, built once: the non-null branches of a union, the field names of a record.
const branchesOf = new WeakMap<avro.types.UnwrappedUnionType, avro.Type[]>();
const fieldNamesOf = new WeakMap<avro.types.RecordType, Set<string>>();

function nonNullBranches(t: avro.types.UnwrappedUnionType): avro.Type[] {
  let branches = branchesOf.get(t);
  if (branches === undefined) {
    branches = t.types.filter((b) => b.typeName !== 'null');
    branchesOf.set(t, branches);
  }
  return branches;
}

function fieldNames(t: avro.types.RecordType): Set<string> {
  let names = fieldNamesOf.get(t);
  if (names === undefined) {
    names = new Set(t.fields.map((f) => f.name));
    fieldNamesOf.set(t, names);
  }
  return names;
}

export function fromJson(type: avro.Type, value: unknown, path = ''): Converted {
  return convert(type, value, path, null);
}

// Paths are kept as steps and rendered only for an error: a valid body builds no path strings.
function convert(type: avro.Type, value: unknown, base: string, start: FieldSteps): Converted {
  const errors: FieldError[] = [];
  const fail = (at: FieldSteps, message: string): void => void errors.push({ path: renderSteps(at, base), message });
  const walk = (t: avro.Type, v: unknown, at: FieldSteps): unknown => {
    if (t instanceof TimestampMillis) {
      const millis = typeof v === 'string' ? parseIsoDateTime(v) : undefined;
      if (millis === undefined) fail(at, `must be an ISO-8601 date-time with a time zone, in the years ${EARLIEST_YEAR} to ${LATEST_YEAR} (${EXAMPLE})`);
      return millis;
    }
    if (t instanceof avro.types.UnwrappedUnionType) return walkUnion(t, v, at);
    if (t instanceof avro.types.RecordType) return walkRecord(t, v, at);
    if (t instanceof avro.types.ArrayType) {
      if (!Array.isArray(v)) return expected(at, 'an array', v);
      return v.map((item, i) => walk(t.itemsType, item, stepInto(at, i)));
    }
    if (t instanceof avro.types.MapType) {
      if (!isPlainObject(v)) return expected(at, 'an object', v);
      return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, walk(t.valuesType as avro.Type, item, stepInto(at, k))]));
    }
    return v;
  };
  const expected = (at: FieldSteps, what: string, v: unknown): unknown => {
    fail(at, `must be ${what}`);
    return v;
  };
  const walkUnion = (t: avro.types.UnwrappedUnionType, v: unknown, at: FieldSteps): unknown => {
    const branches = nonNullBranches(t);
    if (v === null && branches.length < t.types.length) return null;
    for (let i = 0; i < branches.length - 1; i++) {
      const attempt = convert(branches[i] as avro.Type, v, base, at);
      if (attempt.errors.length === 0) return attempt.value;
    }
    const last = branches.at(-1);
    return last === undefined ? v : walk(last, v, at);
  };
  const walkRecord = (t: avro.types.RecordType, v: unknown, at: FieldSteps): unknown => {
    if (!isPlainObject(v)) return expected(at, 'an object', v);
    const out: Record<string, unknown> = {};
    for (const field of t.fields) {
      const given = Object.hasOwn(v, field.name) ? v[field.name] : undefined;
      if (given !== undefined) {
        out[field.name] = walk(field.type, given, stepInto(at, field.name));
        continue;
      }
      const fallback: unknown = field.defaultValue();
      if (fallback !== undefined) out[field.name] = fallback;
      else fail(stepInto(at, field.name), 'is required');
    }
    const names = fieldNames(t);
    for (const key of Object.keys(v)) {
      if (!names.has(key)) fail(stepInto(at, key), `is not a field of ${shortName(t)}`);
    }
    return out;
  };
  return { value: walk(type, value, start), errors };
}

/** The JSON form of a valid record: epoch millis back to ISO-8601 strings. */
export function toJson(type: avro.Type, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (type instanceof TimestampMillis) return typeof value === 'number' ? new Date(value).toISOString() : value;
  if (type instanceof avro.types.UnwrappedUnionType) {
    const branch = type.types.find((b) => b.typeName !== 'null' && b.isValid(value));
    return branch === undefined ? value : toJson(branch, value);
  }
  if (type instanceof avro.types.RecordType && isPlainObject(value)) {
    return Object.fromEntries(type.fields.map((f) => [f.name, toJson(f.type, value[f.name])]));
  }
  if (type instanceof avro.types.ArrayType && Array.isArray(value)) return value.map((item) => toJson(type.itemsType, item));
  if (type instanceof avro.types.MapType && isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, item]) => [k, toJson(type.valuesType as avro.Type, item)]));
  }
  return value;
}

function shortName(t: avro.Type): string {
  return (t.name ?? 'record').split('.').pop() ?? 'record';
}
