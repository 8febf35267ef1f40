// The request body a client sends for a record: its content with JSON dates, and only the meta
// fields a caller controls. The demo seed and the end-to-end tests build their requests with it.
// The issuing office is left out: the api takes it from the caller's token (domain/may-write.ts),
// so a sample written at one office can be submitted by whoever the test or demo signs in as.
// Typed as the OpenAPI document's request body of the type (the typed client's), which the
// document's tests check the samples' bodies against.
import type { RecordTypeName } from '@bex/shared';
import type { AlertHitRequest, PolicyChangeRequest, SeizureCaseRequest, VehicleRiskAlertRequest } from '../client/openapi-types';
import { toJson } from './json-conversion';
import { schemaOf } from './record-kinds';

const CALLER_META = ['handlingCode', 'reliability', 'reviewBy', 'retainUntil'];

export interface RequestBodies {
  SeizureCase: SeizureCaseRequest;
  VehicleRiskAlert: VehicleRiskAlertRequest;
  AlertHit: AlertHitRequest;
  PolicyChange: PolicyChangeRequest;
}

export function requestBody<T extends RecordTypeName>(recordType: T, record: unknown): RequestBodies[T] {
  const json = toJson(schemaOf(recordType), record) as Record<string, unknown> & { meta: Record<string, unknown> };
  const meta = Object.fromEntries(Object.entries(json.meta).filter(([key]) => CALLER_META.includes(key)));
  return { ...json, meta } as unknown as RequestBodies[T];
}
