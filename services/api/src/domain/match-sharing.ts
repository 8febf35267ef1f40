// Only the originator shares. Confirming a possible match sends a hit built from the matched
// seizure (or hit); when a third authority owns that record (CN's seizure held in LA's view, the
// alert VN's), copying its plate, place and time into LA's hit would pass CN's data on to VN
// through LA. So the hit may carry the matched record's content only as far as its owner's own
// agreement with every authority the hit can reach allows, redacted as that agreement says;
// otherwise it carries only what the confirming authority itself knows. Pure: agreements come in.
import { isInForce, redactFor, type Agreement, type AnyRecord } from '@bex/shared';

export interface HitReach {
  /** The authority confirming the match: the hit is its record. */
  self: string;
  /** The issuer of the alert, to whom the hit is sent. */
  alertSource: string;
  agreements: readonly Agreement[];
  at: Date;
}

/**
 * Every authority the hit may reach: the alert's issuer and every partner the confirming
 * authority's agreements send hits to (its relay decides per hit; counting them all errs towards
 * sharing less).
 */
export function hitRecipients({ self, alertSource, agreements, at }: HitReach): string[] {
  const partners = agreements.filter((a) => a.source === self && a.recordTypes.includes('AlertHit') && isInForce(a, at)).map((a) => a.recipient);
  return [...new Set([alertSource, ...partners])].filter((r) => r !== self);
}

/**
 * What of the matched record the hit may carry: the record (redacted by every agreement its owner
 * has with a recipient other than itself), or undefined when any such recipient may not receive
 * it from its owner: then the hit carries the confirming authority's own facts only.
 */
export function shareableMatched(record: AnyRecord, reach: HitReach): AnyRecord | undefined {
  const owner = record.meta.source;
  if (owner === reach.self) return record;
  let shared: AnyRecord = record;
  for (const recipient of hitRecipients(reach).filter((r) => r !== owner)) {
    const agreement = reach.agreements.find((a) => a.source === owner && a.recipient === recipient);
    const result = redactFor(shared, agreement, reach.at);
    if (!result.shared) return undefined;
    shared = result.record;
  }
  return shared;
}
