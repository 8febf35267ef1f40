export const RECORD_NAMES = ['SeizureCase', 'VehicleRiskAlert', 'AlertHit', 'PolicyChange'] as const;
export type RecordName = (typeof RECORD_NAMES)[number];

/** Namespace of every named type; it names the contract family and stays fixed across versions, because Avro resolution matches full names. */
export const NAMESPACE = 'org.bex.v1';

export function isRecordName(value: unknown): value is RecordName {
  return typeof value === 'string' && (RECORD_NAMES as readonly string[]).includes(value);
}
