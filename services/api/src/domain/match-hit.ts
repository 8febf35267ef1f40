// The AlertHit that confirming a possible match sends back to the alert's issuer: the check reason
// ALERT_MATCH, the result, and, where the matched record may travel with the hit
// (match-sharing.ts), the gate, time, vehicle and route as that seizure (or hit) recorded them, the
// seizure linked. Where it may not (a third authority's record its owner does not share with the
// issuer), only what the confirming authority knows itself: where it confirmed (the branch's gate,
// or the officer's office: a hit needs a place), the time of the confirmation and the result. Its handling code and
// reliability are the matched record's, so a hit never travels wider than what it was built from.
// Pure: the view's documents and the sharing decision come in.
import type { AlertHit } from '@bex/schemas';
import { crossingOfGate, type AnyRecord, type AuthorityCode, type RecordTypeName } from '@bex/shared';
import type { ViewDocument } from '@bex/view';

type Content = Record<string, unknown> & { meta: Record<string, unknown> };
type HitContent = Omit<AlertHit, 'meta'> & { meta: Record<string, unknown> };

export interface Confirmation {
  self: AuthorityCode;
  /** The gate of the border branch confirming; undefined for an officer or admin. */
  gate: string | undefined;
  /** The office of whoever confirms: the place of a hit confirmed away from a gate. */
  office: string;
  at: Date;
}

export interface Matched {
  type: RecordTypeName;
  doc: ViewDocument;
  /** What of the record the hit may carry (shareableMatched); undefined: none of its content. */
  shareable: AnyRecord | undefined;
}

/** The hit's content, in the Avro form requestBody() turns into a request body. */
export function hitFromMatch(alert: ViewDocument, matched: Matched, by: Confirmation): HitContent {
  const held = matched.doc.record as unknown as Content;
  const seizure = matched.type === 'SeizureCase';
  const base = {
    meta: { handlingCode: held.meta.handlingCode, reliability: held.meta.reliability, reviewBy: null, retainUntil: null },
    alertId: alert.recordId,
    alertSource: alert.source as AuthorityCode,
    alertRevision: alert.revision,
    reportingAuthority: by.self,
    checkReason: 'ALERT_MATCH' as const,
    result: (seizure ? 'SEIZURE' : (held.result ?? null)) as AlertHit['result'],
    declaredDestination: null,
    circumstances: null,
  };
  const record = matched.shareable as unknown as Content | undefined;
  if (record === undefined) {
    return { ...base, location: ownPlace(by), seenAt: by.at.getTime(), observedVehicle: null, route: null, linkedSeizureId: null };
  }
  return {
    ...base,
    location: (record.location ?? null) as AlertHit['location'],
    seenAt: ((seizure ? record.seizedAt : record.seenAt) ?? null) as number | null,
    observedVehicle: ((seizure ? record.conveyance : record.observedVehicle) ?? null) as AlertHit['observedVehicle'],
    route: (record.route ?? null) as AlertHit['route'],
    linkedSeizureId: seizure ? matched.doc.recordId : ((record.linkedSeizureId ?? null) as string | null),
  };
}

/** Where the confirming authority confirmed: a gate code names its country and, on a crossing, a land border; an office is in the authority's own country. */
function ownPlace({ gate, office, self }: Confirmation): NonNullable<AlertHit['location']> {
  if (gate === undefined) return { gateCode: null, name: office, locationType: 'OTHER', country: self, latitude: null, longitude: null };
  return { gateCode: gate, name: gate, locationType: crossingOfGate(gate) ? 'LAND_BORDER_CROSSING' : 'OTHER', country: gate.slice(0, 2), latitude: null, longitude: null };
}
