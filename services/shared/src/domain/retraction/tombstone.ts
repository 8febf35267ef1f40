// A tombstone is a revision that keeps meta and drops all content, personal data included. It is
// built from the schema, not from a list of fields, so a new schema version cannot leave a field
// behind; every content field is nullable or a collection by contract, so it stays valid.
import avro from 'avsc';
import type { AnyRecord, RecordMetaView } from '../records/record';
import type { RetractionReason } from './retraction-reason';

export function emptyContent(recordType: avro.Type): Record<string, unknown> {
  if (!(recordType instanceof avro.types.RecordType)) throw new Error(`${recordType.name ?? 'type'} is not a record type`);
  const content: Record<string, unknown> = {};
  for (const field of recordType.fields) {
    if (field.name === 'meta') continue;
    content[field.name] = emptyValue(field.type, field.name);
  }
  return content;
}

export function tombstone(recordType: avro.Type, head: AnyRecord, meta: Partial<RecordMetaView>): AnyRecord {
  return { ...emptyContent(recordType), meta: { ...head.meta, ...meta } };
}

/**
 * The tombstone a recipient gets in place of a revision it may no longer hold: same id and revision
 * (so it replaces exactly what the recipient has), status WITHDRAWN, the reason, nothing else.
 */
export function retractedCopy(recordType: avro.Type, record: AnyRecord, recipient: RecordMetaView['recipient'], reason: RetractionReason): AnyRecord {
  return tombstone(recordType, record, { status: 'WITHDRAWN', retraction: reason, recipient, redactedPaths: [] });
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && !Buffer.isBuffer(value)) return Object.keys(value).length === 0;
  return false;
}

/**
 * A tombstone as a recipient may admit it outside the agreement: WITHDRAWN and carrying no content
 * at all. A WITHDRAWN record with content is judged as content, so the status cannot smuggle data.
 */
export function isContentFreeTombstone(record: AnyRecord): boolean {
  if (record.meta.status !== 'WITHDRAWN') return false;
  return Object.entries(record).every(([field, value]) => field === 'meta' || isEmpty(value));
}

function emptyValue(type: avro.Type, field: string): unknown {
  if (type instanceof avro.types.ArrayType) return [];
  if (type instanceof avro.types.MapType) return {};
  if (type instanceof avro.types.UnwrappedUnionType && type.types.some((b) => b.typeName === 'null')) return null;
  throw new Error(`field ${field} is neither nullable nor a collection, so no tombstone can drop it`);
}
