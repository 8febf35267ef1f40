// The parts of a record every role reads. Full record types are generated from the Avro schemas
// (@bex/schemas); this structural view lets the pipeline handle all four types alike.
import type { AuthorityCode, RecordTypeName } from './record-types';
import type { RetractionReason } from '../retraction/retraction-reason';

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
  /** Set only on a tombstone: why this copy holds no content. */
  retraction?: RetractionReason | null;
}

export interface AnyRecord {
  meta: RecordMetaView;
  [field: string]: unknown;
}
