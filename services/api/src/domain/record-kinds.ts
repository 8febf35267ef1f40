// Which record type each URL collection holds; routes, locations and schemas all derive from it.
import type avro from 'avsc';
import { loadSchema } from '@bex/schemas';
import type { RecordTypeName } from '@bex/shared';
import { typeWithTimestamps } from './timestamp-type';

export interface RecordKind {
  collection: string;
  recordType: RecordTypeName;
}

export const RECORD_KINDS: readonly RecordKind[] = [
  { collection: 'seizure-cases', recordType: 'SeizureCase' },
  { collection: 'vehicle-alerts', recordType: 'VehicleRiskAlert' },
  { collection: 'alert-hits', recordType: 'AlertHit' },
  { collection: 'policy-changes', recordType: 'PolicyChange' },
];

export function locationOf(kind: RecordKind, recordId: string): string {
  return `/v1/${kind.collection}/${encodeURIComponent(recordId)}`;
}

const schemas = new Map<RecordTypeName, avro.Type>();

/** The latest schema of the record type, parsed so that its timestamp fields can be recognised. */
export function schemaOf(recordType: RecordTypeName): avro.Type {
  let type = schemas.get(recordType);
  if (type === undefined) {
    type = typeWithTimestamps(loadSchema(recordType) as avro.Schema);
    schemas.set(recordType, type);
  }
  return type;
}
