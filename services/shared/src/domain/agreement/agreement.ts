// A bilateral sharing agreement once parsed: what one source lets one recipient see.
import type { AuthorityCode } from '../records/record-types';
import type { RecordTypeName } from '../records/record-types';
import type { ShareableHandlingCode } from './record-shape';
import type { AgreementLimits } from './limits';

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
  /**
   * Whether the recipient sends the source a VIEWED receipt when one of its users first opens a
   * record (default true). The source may switch it off; DELIVERED and ACTIONED receipts stay.
   */
  viewedReceipts?: boolean;
  /** How fast the source may write to the recipient; DEFAULT_AGREEMENT_LIMITS when the file says nothing. */
  limits?: AgreementLimits;
  /** The file it came from, so refusals and errors can point at it. */
  file: string;
}

/** VIEWED receipts are on unless the agreement switches them off. */
export function sendsViewedReceipts(agreement: Pick<Agreement, 'viewedReceipts'>): boolean {
  return agreement.viewedReceipts !== false;
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

/** The agreement of a pair whether or not it is in force now: receipts about copies sent under it stay believable after it ends. */
export function findAgreementEver(agreements: readonly Agreement[], source: string, recipient: string): Agreement | undefined {
  return agreements.find((a) => a.source === source && a.recipient === recipient);
}
