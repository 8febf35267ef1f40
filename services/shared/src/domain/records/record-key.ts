// A record is known by its source and its id together, everywhere: in views, links and Kafka keys.
// Ids are chosen by each source, so the id alone would let a partner name (and overwrite, freeze
// or shadow) another authority's record by reusing its id.
import { isAuthority, type AuthorityCode } from './record-types';

export interface RecordRef {
  source: AuthorityCode;
  recordId: string;
}

export function recordKey(source: string, recordId: string): string {
  return `${source}:${recordId}`;
}

export function parseRecordKey(key: string): RecordRef | undefined {
  const at = key.indexOf(':');
  const source = key.slice(0, at);
  const recordId = key.slice(at + 1);
  return at > 0 && isAuthority(source) && recordId !== '' ? { source, recordId } : undefined;
}
