// What the query routes answer for a view document: the record in its JSON form (ISO date-times,
// as clients send them), with personal data only for holders granted it, next to the fields the
// view indexed. Seizure lists carry summaries: no persons, companies, plates or free text, so that
// browsing cases is not a way around the audited reads of details and plates.
import type { ViewDocument } from '@bex/view';
import type { RecordTypeName } from '@bex/shared';
import { toJson } from './json-conversion';
import { withoutPersonalData } from './personal-data';
import { schemaOf } from './record-kinds';

const iso = (millis: number | null | undefined): string | null => (millis === null || millis === undefined ? null : new Date(millis).toISOString());

export function recordJson(type: RecordTypeName, record: ViewDocument['record'], personalData: boolean): unknown {
  if (record === null) return null;
  return toJson(schemaOf(type), personalData ? record : withoutPersonalData(type, record));
}

// A record is named by its source and id together; `retraction` says why a tombstone holds nothing.
function header(doc: ViewDocument) {
  return {
    id: doc.recordId,
    source: doc.source,
    revision: doc.revision,
    status: doc.status,
    issuedAt: iso(doc.issuedAt),
    handlingCode: doc.handlingCode,
    ...(doc.tombstone ? { retraction: doc.tombstone.reason } : {}),
  };
}

export function alertItem(doc: ViewDocument, personalData: boolean) {
  const priority = (doc.record as { priority?: string | null } | null)?.priority ?? null;
  return {
    ...header(doc),
    priority,
    gates: doc.gates ?? [],
    validFrom: iso(doc.validFrom),
    validUntil: iso(doc.validUntil),
    record: recordJson('VehicleRiskAlert', doc.record, personalData),
  };
}

/** `across`: the change is in force at the other side of the asked gate's crossing, not at the gate itself. */
export function policyItem(doc: ViewDocument, across: { code: string; name: string; gate: string } | null = null) {
  return { ...header(doc), gates: doc.gates ?? [], validFrom: iso(doc.validFrom), validUntil: iso(doc.validUntil), acrossCrossing: across, record: recordJson('PolicyChange', doc.record, false) };
}

export function hitItem(doc: ViewDocument, personalData: boolean) {
  return { ...header(doc), alertId: doc.alertId ?? null, alertSource: doc.alertSource ?? null, gates: doc.gates ?? [], seenAt: iso(doc.occurredAt), record: recordJson('AlertHit', doc.record, personalData) };
}

interface SeizureContent {
  caseReference?: string | null;
  location?: { gateCode?: string | null; name?: string | null } | null;
  direction?: string | null;
  transportMode?: string | null;
  goods?: Array<{ category: string; hsCode: string | null; quantity: string; unit: string }> | null;
  concealment?: { method?: string | null } | null;
  detectionMethod?: string | null;
  route?: { origin: string | null; departure: string | null; transit: string[]; destination: string | null } | null;
  outcome?: string | null;
}

export function seizureSummary(doc: ViewDocument) {
  const r = (doc.record ?? {}) as SeizureContent;
  return {
    ...header(doc),
    caseReference: r.caseReference ?? null,
    seizedAt: iso(doc.occurredAt),
    month: doc.month ?? null,
    gate: r.location?.gateCode ?? null,
    placeName: r.location?.name ?? null,
    direction: r.direction ?? null,
    transportMode: r.transportMode ?? null,
    categories: doc.categories ?? [],
    goods: (r.goods ?? []).map((g) => ({ category: g.category, hsCode: g.hsCode, quantity: g.quantity, unit: g.unit })),
    concealmentMethod: r.concealment?.method ?? null,
    detectionMethod: r.detectionMethod ?? null,
    route: r.route ?? null,
    outcome: r.outcome ?? null,
  };
}

export function seizureDetail(doc: ViewDocument, personalData: boolean) {
  return { ...header(doc), personalDataWithheld: !personalData && doc.record !== null, record: recordJson('SeizureCase', doc.record, personalData) };
}
