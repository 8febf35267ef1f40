// Whether a received, decoded and signature-checked record may enter this authority's view. The
// relay already enforced the agreement at the source; the recipient checks the same rule again,
// because it must not trust a partner's relay to be configured right.
import { mayShare, type Agreement, type AnyRecord, type AuthorityCode } from '@bex/shared';

export type AdmitResult = { ok: true } | { ok: false; reason: string; detail: string };

export function admit(record: AnyRecord, self: AuthorityCode, agreements: readonly Agreement[], at: Date): AdmitResult {
  const { meta } = record;
  if (meta.recipient !== self) {
    return { ok: false, reason: 'wrong-recipient', detail: `record addressed to ${meta.recipient}, this is ${self}` };
  }
  if (meta.source === self) return { ok: true };
  const agreement = agreements.find((a) => a.source === meta.source && a.recipient === self);
  const decision = mayShare(record, meta.source, agreement, at);
  return decision.ok ? { ok: true } : { ok: false, reason: decision.reason, detail: decision.detail };
}
