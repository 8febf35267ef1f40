// The parts of a record every role reads. Full record types are generated from the Avro schemas
// (@bex/schemas); this structural view lets the pipeline handle all four types alike.
import type { AuthorityCode, RecordTypeName } from './record-types';

export interface RecordMetaView {
  recordId: string;
  revision: number;
  source: AuthorityCode;
  recipient: AuthorityCode;
  recordType: RecordTypeName;
  status: string;
  issuedAt: number;
  handlingCode: string;
  redactedPaths: string[];
}

export interface AnyRecord {
  meta: RecordMetaView;
  [field: string]: unknown;
}
