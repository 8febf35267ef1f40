// JSON bodies carry date-times as ISO-8601 strings; records carry epoch millis. The converter walks
// the avsc type, so it knows which fields are timestamps, and reports what only it can see: bad
// date-times, non-objects where records are due, unknown and missing fields. Everything else
// (enum symbols, formats, cross-field rules) is left for validateRecord to judge.
import avro from 'avsc';
import { indexPath, isPlainObject, joinPath, type FieldError } from './field-error';
import { parseIsoDateTime, TimestampMillis } from './timestamp-type';

export interface Converted {
  value: unknown;
  errors: FieldError[];
}

const EXAMPLE = 'e.g. 2026-03-01T08:30:00Z';

export function fromJson(type: avro.Type, value: unknown, path = ''): Converted {
  const errors: FieldError[] = [];
  const walk = (t: avro.Type, v: unknown, at: string): unknown => {
    if (t instanceof TimestampMillis) {
      const millis = typeof v === 'string' ? parseIsoDateTime(v) : undefined;
      if (millis === undefined) errors.push({ path: at, message: `must be an ISO-8601 date-time with a time zone (${EXAMPLE})` });
      return millis;
    }
    if (t instanceof avro.types.UnwrappedUnionType) return walkUnion(t, v, at);
    if (t instanceof avro.types.RecordType) return walkRecord(t, v, at);
    if (t instanceof avro.types.ArrayType) {
      if (!Array.isArray(v)) return expected(at, 'an array', v);
      return v.map((item, i) => walk(t.itemsType, item, indexPath(at, i)));
    }
    if (t instanceof avro.types.MapType) {
      if (!isPlainObject(v)) return expected(at, 'an object', v);
      return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, walk(t.valuesType as avro.Type, item, joinPath(at, k))]));
    }
    return v;
  };
  const expected = (at: string, what: string, v: unknown): unknown => {
    errors.push({ path: at, message: `must be ${what}` });
    return v;
  };
  const walkUnion = (t: avro.types.UnwrappedUnionType, v: unknown, at: string): unknown => {
    const branches = t.types.filter((b) => b.typeName !== 'null');
    if (v === null && branches.length < t.types.length) return null;
    for (const branch of branches.slice(0, -1)) {
      const attempt = fromJson(branch, v, at);
      if (attempt.errors.length === 0) return attempt.value;
    }
    const last = branches.at(-1);
    return last === undefined ? v : walk(last, v, at);
  };
  const walkRecord = (t: avro.types.RecordType, v: unknown, at: string): unknown => {
    if (!isPlainObject(v)) return expected(at, 'an object', v);
    const out: Record<string, unknown> = {};
    for (const field of t.fields) {
      const here = joinPath(at, field.name);
      if (Object.hasOwn(v, field.name) && v[field.name] !== undefined) out[field.name] = walk(field.type, v[field.name], here);
      else if (field.defaultValue() !== undefined) out[field.name] = field.defaultValue();
      else errors.push({ path: here, message: 'is required' });
    }
    for (const key of Object.keys(v)) {
      if (!t.fields.some((f) => f.name === key)) errors.push({ path: joinPath(at, key), message: `is not a field of ${shortName(t)}` });
    }
    return out;
  };
  return { value: walk(type, value, path), errors };
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
