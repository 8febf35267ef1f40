// Whether a relay may send a record to the recipient of an agreement. Only the originator ever
// shares: a record received from a partner is never passed on, which is what H2 demands and is
// simpler (and safer) to hold for every handling code than to track consents.
import { isInForce, type Agreement } from './agreement';
import { gatesOf } from './gates';
import { isRecordType } from '../records/record-types';
import { handlingRank, type ShareableRecord } from './record-shape';

export type RefusalReason =
  | 'no-agreement'
  | 'agreement-not-in-force'
  | 'type-not-shared'
  | 'handling-code-too-high'
  | 'h3-never-leaves'
  | 'outside-gate-scope'
  | 'not-originator';

export interface Refusal {
  ok: false;
  reason: RefusalReason;
  detail: string;
}

export type ShareDecision = { ok: true } | Refusal;

function refuse(reason: RefusalReason, detail: string): Refusal {
  return { ok: false, reason, detail };
}

export function mayShare(
  record: ShareableRecord,
  relayAuthority: string,
  agreement: Agreement | undefined,
  at: Date,
): ShareDecision {
  const { meta } = record;
  const what = `${meta.recordType} ${meta.recordId} rev ${meta.revision}`;
  if (meta.source !== relayAuthority) {
    return refuse('not-originator', `${what} comes from ${meta.source}; ${relayAuthority} never passes on what it received`);
  }
  if (meta.handlingCode === 'H3') {
    return refuse('h3-never-leaves', `${what} is H3 and never leaves ${meta.source}`);
  }
  if (agreement === undefined || agreement.source !== meta.source) {
    return refuse('no-agreement', `${meta.source} has no sharing agreement for this recipient`);
  }
  const pair = `${agreement.source}→${agreement.recipient} (${agreement.file})`;
  if (!isInForce(agreement, at)) {
    return refuse('agreement-not-in-force', `${pair} is not in force at ${at.toISOString()}`);
  }
  const recordType = meta.recordType;
  if (!isRecordType(recordType) || !agreement.recordTypes.includes(recordType)) {
    return refuse('type-not-shared', `${pair} does not cover ${recordType}`);
  }
  if (handlingRank(meta.handlingCode) > handlingRank(agreement.maxHandlingCode)) {
    return refuse('handling-code-too-high', `${what} is ${meta.handlingCode}; ${pair} allows up to ${agreement.maxHandlingCode}`);
  }
  if (agreement.gateScope !== undefined) {
    const scope = agreement.gateScope;
    const gates = gatesOf(recordType, record);
    // A record naming no gate cannot be shown to be inside the scope, so it stays home.
    const outside = gates.length === 0 ? ['(none)'] : gates.filter((g) => !scope.includes(g));
    if (outside.length > 0) {
      return refuse('outside-gate-scope', `${what} names gate(s) ${outside.join(', ')} outside ${pair} scope ${scope.join(', ')}`);
    }
  }
  return { ok: true };
}
