// A hit this api accepts is this authority's report: the alert's issuer acts on who saw the
// vehicle, and a partner cannot tell from the content alone a hit LA filed in VN's name from one
// VN reported itself. The contract already requires the field (record-rules); this says whose.
import { AUTHORITIES, type RecordTypeName } from '@bex/shared';
import type { FieldError } from './field-error';

// One message whatever the authority, so the OpenAPI document (built once for every authority)
// can state the rule as refusals will word it.
export const REPORTING_AUTHORITY_RULE: FieldError = { path: 'reportingAuthority', message: 'must be this api\'s own authority, the one reporting the hit' };

/** The rules of this file a request body of the type can break, for the OpenAPI document. */
export const reportingAuthorityRules = (recordType: RecordTypeName): FieldError[] => (recordType === 'AlertHit' ? [REPORTING_AUTHORITY_RULE] : []);

export function reportingAuthorityErrors(recordType: RecordTypeName, record: unknown, authority: string): FieldError[] {
  if (recordType !== 'AlertHit') return [];
  const reporting = (record as { reportingAuthority?: unknown } | null)?.reportingAuthority;
  // Absent, or no authority at all, is the contract's to refuse, so the path is named once.
  if (!(AUTHORITIES as readonly unknown[]).includes(reporting) || reporting === authority) return [];
  return [REPORTING_AUTHORITY_RULE];
}
