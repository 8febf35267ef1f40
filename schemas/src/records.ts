export const RECORD_NAMES = ['SeizureCase', 'VehicleRiskAlert', 'AlertHit', 'PolicyChange'] as const;
export type RecordName = (typeof RECORD_NAMES)[number];

/**
 * Every top-level contract with committed versions: the records, and the receipts a recipient
 * sends back to a record's source. A receipt is no record (it has no owner-controlled revisions,
 * no redaction, no view of its own), so it travels beside them, not among them.
 */
export const CONTRACT_NAMES = [...RECORD_NAMES, 'Receipt'] as const;
export type ContractName = (typeof CONTRACT_NAMES)[number];

/** Namespace of every named type; it names the contract family and stays fixed across versions, because Avro resolution matches full names. */
export const NAMESPACE = 'org.bex.v1';

export function isRecordName(value: unknown): value is RecordName {
  return typeof value === 'string' && (RECORD_NAMES as readonly string[]).includes(value);
}
