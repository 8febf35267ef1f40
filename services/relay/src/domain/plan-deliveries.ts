// Which copy of a record goes where: the source's own inbox gets it whole, each partner gets what
// its agreement allows (redacted), or nothing with a reason the relay logs for audit.
import type { Agreement } from '@bex/shared';
import { shareFor, type AnyRecord, type AuthorityCode } from '@bex/shared';

export interface Delivery {
  recipient: AuthorityCode;
  record: AnyRecord;
  removedPaths: string[];
}

export interface Withheld {
  recipient: AuthorityCode;
  reason: string;
  detail: string;
}

export interface Plan {
  deliveries: Delivery[];
  withheld: Withheld[];
}

export function planDeliveries(
  record: AnyRecord,
  self: AuthorityCode,
  partners: readonly AuthorityCode[],
  agreements: readonly Agreement[],
  at: Date,
): Plan {
  const plan: Plan = { deliveries: [], withheld: [] };
  for (const recipient of [self, ...partners.filter((p) => p !== self)]) {
    const result = shareFor(record, { relay: self, recipient }, agreements, at);
    if (result.shared) plan.deliveries.push({ recipient, record: result.record as AnyRecord, removedPaths: result.removedPaths });
    else plan.withheld.push({ recipient, reason: result.reason, detail: result.detail });
  }
  return plan;
}
