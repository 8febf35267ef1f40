// Which Kafka client quota each authority's principal gets: a pure function of the agreements, as
// kafka-acls.ts is for the ACLs. Kafka meters a user's produce across every topic it writes, so
// the quota of authority A is what its agreements allow it to write into partners' inboxes (the
// sum over the agreements where A is the source) plus an allowance for its own inbox, which holds
// a copy of everything it shares and more: the largest of its agreements, at least the default.
// The same allowance covers its dead letters and the receipts it sends, which are small beside it.
// An authority with no agreement as source gets the allowance alone.
import { AUTHORITIES, DEFAULT_AGREEMENT_LIMITS, limitsOf, type Agreement, type AgreementLimits, type AuthorityCode } from '@bex/shared';

/** One user's quota, in the units Kafka's producer_byte_rate and request_percentage take. */
export interface UserQuota {
  /** The SCRAM user name, as Kafka's client quotas name it (no `User:`). */
  user: string;
  producerByteRate: number;
  requestPercentage: number;
}

export type QuotaValues = Pick<UserQuota, 'producerByteRate' | 'requestPercentage'>;

export const quotaUserOf = (authority: AuthorityCode): string => `bex-${authority.toLowerCase()}`;

export function deriveQuotas(agreements: readonly Pick<Agreement, 'source' | 'recipient' | 'limits'>[], authorities: readonly AuthorityCode[] = AUTHORITIES): UserQuota[] {
  return authorities.map((self) => {
    const outgoing = agreements.filter((a) => a.source === self && a.recipient !== self).map(limitsOf);
    const total = (field: keyof AgreementLimits): number => {
      const own = Math.max(DEFAULT_AGREEMENT_LIMITS[field], ...outgoing.map((l) => l[field]));
      return outgoing.reduce((sum, l) => sum + l[field], own);
    };
    return { user: quotaUserOf(self), producerByteRate: total('produceBytesPerSecond'), requestPercentage: total('requestPercentage') };
  });
}

/** One line for a person: `bex-la 3072 KiB/s 150 %, …`. */
export function describeQuotas(quotas: readonly UserQuota[]): string {
  return quotas.map((q) => `${q.user} ${Math.round(q.producerByteRate / 1024)} KiB/s ${q.requestPercentage} %`).join(', ');
}

/** The quotas that must be written for the broker to hold `desired`: missing or different ones. */
export function quotaChanges(desired: readonly UserQuota[], existing: ReadonlyMap<string, Partial<QuotaValues>>): UserQuota[] {
  return desired.filter((q) => {
    const now = existing.get(q.user);
    return now?.producerByteRate !== q.producerByteRate || now.requestPercentage !== q.requestPercentage;
  });
}
