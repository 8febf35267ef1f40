// Samples re-addressed for tests and demo seeding: the same content under another source,
// recipient, id or revision, without touching the shared sample objects.
import type { Authority, RecordStatus, RecordTypes } from '../generated/types';
import type { RecordName } from '../records';
import { dakTaOocHit } from './alert-hit';
import { botenClosure } from './policy-changes';
import { botenSeizure } from './seizure-boten';
import { truckAlert } from './vehicle-risk-alert';

export const DEFAULT_SAMPLES: { readonly [N in RecordName]: RecordTypes[N] } = {
  SeizureCase: botenSeizure,
  VehicleRiskAlert: truckAlert,
  AlertHit: dakTaOocHit,
  PolicyChange: botenClosure,
};

export interface SampleOptions<N extends RecordName> {
  source?: Authority;
  recipient?: Authority;
  recordId?: string;
  revision?: number;
  status?: RecordStatus;
  issuedAt?: number;
  /** The sample to start from; the default sample of the record type when absent. */
  base?: RecordTypes[N];
}

export function makeSample<N extends RecordName>(recordName: N, options: SampleOptions<N> = {}): RecordTypes[N] {
  const sample = structuredClone(options.base ?? DEFAULT_SAMPLES[recordName]);
  const { meta } = sample;
  meta.source = options.source ?? meta.source;
  // A copy for another source is that source's own record unless a recipient is named.
  meta.recipient = options.recipient ?? options.source ?? meta.recipient;
  meta.recordId = options.recordId ?? meta.recordId;
  meta.revision = options.revision ?? meta.revision;
  meta.status = options.status ?? meta.status;
  meta.issuedAt = options.issuedAt ?? meta.issuedAt;
  return sample;
}
