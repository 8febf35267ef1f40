// A bilateral sharing agreement once parsed: what one source lets one recipient see.
import type { AuthorityCode } from '../records/record-types';
import type { RecordTypeName } from '../records/record-types';
import type { ShareableHandlingCode } from './record-shape';

export interface Agreement {
  source: AuthorityCode;
  recipient: AuthorityCode;
  recordTypes: readonly RecordTypeName[];
  maxHandlingCode: ShareableHandlingCode;
  /** Path patterns such as `persons[].fullName`; see redaction/path.ts for the grammar. */
  removePaths: readonly string[];
  /** When set, only records whose every gate is listed here are shared. */
  gateScope?: readonly string[];
  /** First instant in force. */
  validFrom: Date;
  /** First instant no longer in force (the day after the file's inclusive `validUntil`). */
  validUntil: Date;
  legalBasis: string;
  /** The file it came from, so refusals and errors can point at it. */
  file: string;
}

export function isInForce(agreement: Agreement, at: Date): boolean {
  const t = at.getTime();
  return agreement.validFrom.getTime() <= t && t < agreement.validUntil.getTime();
}

export function findAgreement(
  agreements: readonly Agreement[],
  source: string,
  recipient: string,
  at: Date,
): Agreement | undefined {
  return agreements.find((a) => a.source === source && a.recipient === recipient && isInForce(a, at));
}
