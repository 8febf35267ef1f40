// Fills an api's database with view documents the way the projector would write them, without
// Kafka: the samples, plus `extra` generated seizures and alerts so the query planner has a real
// choice between an index and a scan.
import { ViewStore, viewDocument } from '@bex/view';
import { botenClosure, botenReopening, botenSeizure, dakTaOocHit, dakTaOocSeizure, truckAlert } from '@bex/schemas';
import type { AnyRecord, RecordTypeName } from '@bex/shared';
import type { Connection } from 'mongoose';

const DAY = 86_400_000;
const GATES = ['LA-BTN', 'LA-DTO', 'LA-DSV', 'LA-NPH', 'LA-TNL'];

const asRecord = (value: unknown): AnyRecord => structuredClone(value) as AnyRecord;

/** The id of the i-th generated record of a kind (1 seizures, 2 alerts): a UUID, as the contract wants ids. */
export const seededId = (kind: 1 | 2, i: number): string => `00000000-0000-4000-8${kind}00-${String(i).padStart(12, '0')}`;

/** The truck alert, valid from an hour ago for a month, so it is live whenever the test runs. */
export function liveTruckAlert(now: number): AnyRecord {
  const record = asRecord(truckAlert) as AnyRecord & { validFrom: number; validUntil: number };
  record.validFrom = now - 3_600_000;
  record.validUntil = now + 30 * DAY;
  return record;
}

export async function seedView(conn: Connection, extra = 0, now = Date.now()): Promise<ViewStore> {
  const views = new ViewStore(conn);
  await views.init();
  const byType = new Map<RecordTypeName, AnyRecord[]>();
  const add = (type: RecordTypeName, record: AnyRecord) => byType.set(type, [...(byType.get(type) ?? []), record]);
  add('SeizureCase', asRecord(botenSeizure));
  add('SeizureCase', asRecord(dakTaOocSeizure));
  add('VehicleRiskAlert', liveTruckAlert(now));
  add('AlertHit', asRecord(dakTaOocHit));
  add('PolicyChange', { ...asRecord(botenClosure), meta: { ...asRecord(botenClosure).meta, revision: 2, status: 'SUPERSEDED' } } as AnyRecord);
  add('PolicyChange', asRecord(botenReopening));
  for (let i = 0; i < extra; i++) {
    const seizure = asRecord(botenSeizure) as AnyRecord & Record<string, unknown>;
    seizure.meta = { ...seizure.meta, recordId: seededId(1, i) };
    seizure.seizedAt = now - (i % 700) * DAY;
    seizure.location = { ...(seizure.location as object), gateCode: GATES[i % GATES.length] };
    seizure.conveyance = { ...(seizure.conveyance as object), plate: `SEED ${i}`, trailerPlate: null };
    add('SeizureCase', seizure);
    const alert = liveTruckAlert(now) as AnyRecord & Record<string, unknown>;
    alert.meta = { ...alert.meta, recordId: seededId(2, i), status: i % 3 === 0 ? 'EXPIRED' : 'ACTIVE' };
    alert.vehicle = { ...(alert.vehicle as object), plate: `SEED ${i}` };
    alert.targetGates = [GATES[i % GATES.length]];
    add('VehicleRiskAlert', alert);
  }
  for (const [type, records] of byType) await views.apply(type, records.map((r) => viewDocument(r, now)));
  return views;
}
