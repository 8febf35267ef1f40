// How fast a source may write into a recipient's inbox under one agreement. The broker enforces it
// per principal, not per topic (a Kafka client quota), so what reaches the broker is the sum over a
// source's agreements: see scripts/stack/kafka-quotas.ts.

export interface AgreementLimits {
  /** Bytes a second the source may produce under this agreement (Kafka's producer_byte_rate). */
  produceBytesPerSecond: number;
  /** Share of one broker request thread the source may keep busy, in percent (Kafka's request_percentage). */
  requestPercentage: number;
}

/**
 * Far above what an agreement's records need (a few kilobytes a second), so an honest relay
 * draining a day's backlog is not slowed, yet a partner cannot flood an inbox or the broker.
 */
export const DEFAULT_AGREEMENT_LIMITS: AgreementLimits = { produceBytesPerSecond: 1_048_576, requestPercentage: 50 };

/** Bounds a file may set: below them a relay could not send one batch a second; above them the quota stops meaning anything. */
export const AGREEMENT_LIMIT_BOUNDS = {
  produceBytesPerSecond: { min: 1024, max: 1_073_741_824 },
  requestPercentage: { min: 1, max: 1000 },
} as const;

export function limitsOf(agreement: { limits?: AgreementLimits }): AgreementLimits {
  return agreement.limits ?? DEFAULT_AGREEMENT_LIMITS;
}
