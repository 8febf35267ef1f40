// Whether a received, decoded and signature-checked record may enter this authority's view. The
// relay already enforced the agreement at the source; the recipient checks the whole agreement
// again (type, handling code, gate scope, removed paths), because it must not trust a partner's
// relay to be configured right. The signature has bound the record to its source, and the view
// keys records by source and id, so whatever is admitted can only touch its own source's record.
import { isContentFreeTombstone, mayShare, redactionProblems, type Agreement, type AnyRecord, type AuthorityCode } from '@bex/shared';

export type AdmitResult =
  | { ok: true }
  /**
   * A partner's content-free tombstone: the owner retracting a copy, even one the agreement would
   * now refuse as content (the record left the gate scope, became H3, the agreement lapsed). It
   * carries nothing the recipient may not hold, and it enters only if the view holds the record.
   */
  | { ok: 'if-held' }
  | { ok: false; reason: string; detail: string; retractHeldCopy: boolean };

/** Refusals that say the record is now outside what this recipient may hold at all. */
const OUT_OF_AGREEMENT = new Set(['no-agreement', 'agreement-not-in-force', 'type-not-shared', 'handling-code-too-high', 'h3-never-leaves', 'outside-gate-scope']);

export function admit(record: AnyRecord, self: AuthorityCode, agreements: readonly Agreement[], at: Date): AdmitResult {
  const { meta } = record;
  if (meta.recipient !== self) {
    return { ok: false, reason: 'wrong-recipient', detail: `record addressed to ${meta.recipient}, this is ${self}`, retractHeldCopy: false };
  }
  if (meta.source === self) return { ok: true };
  // A hit speaks for whoever reported it: a partner's hit in another authority's name (this one's,
  // or a third's) would put words in that authority's mouth in every view that holds it.
  const reporter = record.reportingAuthority as string | null | undefined;
  if (meta.recordType === 'AlertHit' && reporter !== null && reporter !== undefined && reporter !== meta.source) {
    return { ok: false, reason: 'reporting-authority-not-source', detail: `a hit of ${meta.source} reported in the name of ${reporter}`, retractHeldCopy: false };
  }
  const agreement = agreements.find((a) => a.source === meta.source && a.recipient === self);
  // A partner's tombstone retracts a copy, so it only ever replaces one: one that creates a
  // document would let a partner plant entries next to other sources' records. Outside the
  // agreement it is still admitted where it retracts, because it carries nothing.
  if (isContentFreeTombstone(record)) return { ok: 'if-held' };
  const decision = mayShare(record, meta.source, agreement, at);
  if (!decision.ok) {
    // The owner sent a revision this view may not hold: whatever older copy it holds must go too,
    // even if the owner's relay failed to send the tombstone it owes.
    return { ok: false, reason: decision.reason, detail: decision.detail, retractHeldCopy: OUT_OF_AGREEMENT.has(decision.reason) };
  }
  if (agreement === undefined) return { ok: true };
  const problems = redactionProblems(record, agreement);
  if (problems.unredacted.length > 0) {
    return { ok: false, reason: 'unredacted', detail: `holds ${problems.unredacted.join(', ')}, which ${agreement.file} removes`, retractHeldCopy: false };
  }
  if (problems.falseClaims.length > 0) {
    return { ok: false, reason: 'redaction-claim-false', detail: `meta.redactedPaths lists ${problems.falseClaims.join(', ')}, which hold values`, retractHeldCopy: false };
  }
  return { ok: true };
}
