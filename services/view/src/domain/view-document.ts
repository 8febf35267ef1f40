// What the view stores for one record: the record itself plus the fields the users' queries filter
// on, computed once on write (normalised plate, gates, validity, month bucket), so every query hits
// an index instead of computing per request. A record is held under its source and id together, so
// no partner can reach another's record by reusing its id. A tombstone (withdrawn, no longer shared
// with us, or past its retainUntil) keeps meta only: no content, no indexed field.
import { normalisePlate, recordKey, type AnyRecord, type RecordTypeName, type RetractionReason } from '@bex/shared';
import { vehicleKeys, type ConveyanceIds } from './vehicle-keys';

export interface ViewTombstone {
  reason: RetractionReason;
  /** When the content was dropped: the revision's issue time, or the purge time for retention. */
  at: number;
}

export interface ViewDocument {
  /** source:recordId (record-key.ts). */
  _id: string;
  recordId: string;
  revision: number;
  source: string;
  status: string;
  issuedAt: number;
  handlingCode: string;
  record: AnyRecord | null;
  tombstone?: ViewTombstone;
  /** meta.retainUntil while content is held: the retention sweeper's index. */
  retainUntil?: number;
  plateKeys?: string[];
  gates?: string[];
  validFrom?: number | null;
  validUntil?: number | null;
  occurredAt?: number | null;
  month?: string | null;
  categories?: string[];
  alertId?: string | null;
  alertSource?: string | null;
  /** Plates, VIN and container number, tagged (vehicle-keys.ts): what cross-gate matching compares. */
  vehicleKeys?: string[];
}

/** The fields a tombstone must not keep: the record and everything indexed from it. */
export const CONTENT_FIELDS = ['plateKeys', 'vehicleKeys', 'gates', 'validFrom', 'validUntil', 'occurredAt', 'month', 'categories', 'alertId', 'alertSource', 'retainUntil'] as const;

type Indexed = Pick<ViewDocument, Exclude<(typeof CONTENT_FIELDS)[number], 'retainUntil'>>;

interface Plated {
  plate?: string | null;
  trailerPlate?: string | null;
}

const get = <T>(record: AnyRecord, field: string): T | null | undefined => record[field] as T | null | undefined;
const gateOf = (record: AnyRecord): string | null | undefined => get<{ gateCode?: string | null }>(record, 'location')?.gateCode;

function plateKeys(conveyance: Plated | null | undefined): string[] {
  return [conveyance?.plate, conveyance?.trailerPlate].filter((p): p is string => !!p).map(normalisePlate);
}

/** "2026-10" in UTC: the trend bucket, stored on the document (DESIGN.md §2 The view). */
export function monthBucket(epochMs: number | null | undefined): string | null {
  return epochMs === null || epochMs === undefined ? null : new Date(epochMs).toISOString().slice(0, 7);
}

const INDEXED: Record<RecordTypeName, (r: AnyRecord) => Indexed> = {
  SeizureCase: (r) => ({
    plateKeys: plateKeys(get<Plated>(r, 'conveyance')),
    vehicleKeys: vehicleKeys(get<ConveyanceIds>(r, 'conveyance')),
    gates: [gateOf(r)].filter((g): g is string => !!g),
    occurredAt: get<number>(r, 'seizedAt') ?? null,
    month: monthBucket(get<number>(r, 'seizedAt')),
    categories: [...new Set((get<{ category?: string | null }[]>(r, 'goods') ?? []).map((g) => g.category).filter((c): c is string => !!c))],
  }),
  VehicleRiskAlert: (r) => ({
    plateKeys: plateKeys(get<Plated>(r, 'vehicle')),
    vehicleKeys: vehicleKeys(get<ConveyanceIds>(r, 'vehicle')),
    gates: get<string[]>(r, 'targetGates') ?? [],
    validFrom: get<number>(r, 'validFrom') ?? null,
    validUntil: get<number>(r, 'validUntil') ?? null,
  }),
  AlertHit: (r) => ({
    alertId: get<string>(r, 'alertId') ?? null,
    alertSource: get<string>(r, 'alertSource') ?? null,
    plateKeys: plateKeys(get<Plated>(r, 'observedVehicle')),
    vehicleKeys: vehicleKeys(get<ConveyanceIds>(r, 'observedVehicle')),
    gates: [gateOf(r)].filter((g): g is string => !!g),
    occurredAt: get<number>(r, 'seenAt') ?? null,
    month: monthBucket(get<number>(r, 'seenAt')),
  }),
  PolicyChange: (r) => ({
    gates: get<string[]>(r, 'affectedGates') ?? [],
    validFrom: get<number>(r, 'effectiveFrom') ?? null,
    validUntil: get<number>(r, 'effectiveUntil') ?? null,
  }),
};

export function viewDocument(record: AnyRecord, now: number): ViewDocument {
  const { meta } = record;
  const base = {
    _id: recordKey(meta.source, meta.recordId),
    recordId: meta.recordId,
    revision: meta.revision,
    source: meta.source,
    status: meta.status,
    issuedAt: meta.issuedAt,
    handlingCode: meta.handlingCode,
  };
  // A withdrawal drops content and personal data: only the tombstone remains.
  if (meta.status === 'WITHDRAWN') return { ...base, record: null, tombstone: { reason: meta.retraction ?? 'WITHDRAWN', at: meta.issuedAt } };
  const retainUntil = (meta as { retainUntil?: number | null }).retainUntil;
  if (typeof retainUntil === 'number' && retainUntil <= now) return { ...base, record: null, tombstone: { reason: 'RETENTION_ENDED', at: now } };
  return { ...base, record, ...INDEXED[meta.recordType](record), ...(typeof retainUntil === 'number' ? { retainUntil } : {}) };
}
