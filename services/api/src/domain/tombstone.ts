// A withdrawal is a revision that keeps meta and drops all content, personal data included. The
// tombstone is built from the schema, not from a list of fields, so a new schema version cannot
// leave a field behind; every content field is nullable or an array by contract, so it stays valid.
import avro from 'avsc';
import type { AnyRecord } from '@bex/shared';

export function emptyContent(recordType: avro.Type): Record<string, unknown> {
  if (!(recordType instanceof avro.types.RecordType)) throw new Error(`${recordType.name ?? 'type'} is not a record type`);
  const content: Record<string, unknown> = {};
  for (const field of recordType.fields) {
    if (field.name === 'meta') continue;
    content[field.name] = emptyValue(field.type, field.name);
  }
  return content;
}

export function tombstone(recordType: avro.Type, head: AnyRecord, meta: AnyRecord['meta']): AnyRecord {
  return { ...emptyContent(recordType), meta: { ...head.meta, ...meta } };
}

function emptyValue(type: avro.Type, field: string): unknown {
  if (type instanceof avro.types.ArrayType) return [];
  if (type instanceof avro.types.MapType) return {};
  if (type instanceof avro.types.UnwrappedUnionType && type.types.some((b) => b.typeName === 'null')) return null;
  throw new Error(`field ${field} is neither nullable nor a collection, so no tombstone can drop it`);
}
