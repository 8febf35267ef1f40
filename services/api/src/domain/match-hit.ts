// The AlertHit that confirming a possible match sends back to the alert's issuer: the gate, the
// time and the vehicle as the matched seizure (or hit) recorded them, the check reason
// ALERT_MATCH, and the seizure linked. Its handling code and reliability are the matched record's,
// so a hit never travels wider than what it was built from. Pure: the view's documents come in.
import type { AlertHit } from '@bex/schemas';
import type { AuthorityCode, RecordTypeName } from '@bex/shared';
import type { ViewDocument } from '@bex/view';

type Content = Record<string, unknown> & { meta: Record<string, unknown> };

/** The hit's content, in the Avro form requestBody() turns into a request body. */
export function hitFromMatch(alert: ViewDocument, matched: { type: RecordTypeName; doc: ViewDocument }, self: AuthorityCode): Omit<AlertHit, 'meta'> & { meta: Record<string, unknown> } {
  const record = matched.doc.record as unknown as Content;
  const seizure = matched.type === 'SeizureCase';
  return {
    meta: { handlingCode: record.meta.handlingCode, reliability: record.meta.reliability, reviewBy: null, retainUntil: null },
    alertId: alert.recordId,
    alertSource: alert.source as AuthorityCode,
    alertRevision: alert.revision,
    reportingAuthority: self,
    location: (record.location ?? null) as AlertHit['location'],
    seenAt: ((seizure ? record.seizedAt : record.seenAt) ?? null) as number | null,
    checkReason: 'ALERT_MATCH',
    result: (seizure ? 'SEIZURE' : (record.result ?? null)) as AlertHit['result'],
    observedVehicle: ((seizure ? record.conveyance : record.observedVehicle) ?? null) as AlertHit['observedVehicle'],
    route: (record.route ?? null) as AlertHit['route'],
    declaredDestination: null,
    circumstances: null,
    linkedSeizureId: seizure ? matched.doc.recordId : ((record.linkedSeizureId ?? null) as string | null),
  };
}
