// The record types BEX exchanges and where each travels. One table, so adding a type is one line.
export const RECORD_TYPES = ['SeizureCase', 'VehicleRiskAlert', 'AlertHit', 'PolicyChange'] as const;
export type RecordTypeName = (typeof RECORD_TYPES)[number];

export const AUTHORITIES = ['LA', 'VN', 'CN', 'TH', 'KH'] as const;
export type AuthorityCode = (typeof AUTHORITIES)[number];

const TOPIC_SUFFIX: Record<RecordTypeName, string> = {
  SeizureCase: 'seizure-cases',
  VehicleRiskAlert: 'vehicle-alerts',
  AlertHit: 'alert-hits',
  PolicyChange: 'policy-changes',
};

export function isRecordType(value: unknown): value is RecordTypeName {
  return typeof value === 'string' && (RECORD_TYPES as readonly string[]).includes(value);
}

export function isAuthority(value: unknown): value is AuthorityCode {
  return typeof value === 'string' && (AUTHORITIES as readonly string[]).includes(value);
}

/**
 * `bex.<recipient>.<type>`: one inbox per recipient and record type (DESIGN.md §2 Topics). The
 * prefix is `bex` in every deployment; tests give each exchange they start a prefix of its own.
 */
export function inboxTopic(recipient: AuthorityCode, type: RecordTypeName, prefix = 'bex'): string {
  return `${prefix}.${recipient.toLowerCase()}.${TOPIC_SUFFIX[type]}`;
}

export function deadLetterTopic(recipient: AuthorityCode, prefix = 'bex'): string {
  return `${prefix}.${recipient.toLowerCase()}.dead-letters`;
}

/**
 * `bex.<source>.receipts`: what recipients report back to a record's source (DELIVERED, VIEWED,
 * ACTIONED). Every partner the source shares with writes here; only the source reads it.
 */
export function receiptTopic(source: AuthorityCode, prefix = 'bex'): string {
  return `${prefix}.${source.toLowerCase()}.receipts`;
}

export function inboxTopics(recipient: AuthorityCode, prefix = 'bex'): string[] {
  return RECORD_TYPES.map((type) => inboxTopic(recipient, type, prefix));
}

/** The record type an inbox topic carries, or undefined for a topic that is no inbox. */
export function recordTypeOfTopic(topic: string): RecordTypeName | undefined {
  const suffix = topic.split('.').pop();
  return RECORD_TYPES.find((type) => TOPIC_SUFFIX[type] === suffix);
}
