import type { Authority, RecordMeta, RecordType } from '../generated/types';

export function sampleMeta(recordType: RecordType, fields: Partial<RecordMeta> & { recordId: string; source: Authority; issuedAt: number; issuingOffice: string }): RecordMeta {
  return {
    revision: 1,
    recipient: fields.source,
    recordType,
    status: 'ACTIVE',
    handlingCode: 'H1',
    reliability: { source: 'B', information: 2 },
    reviewBy: null,
    retainUntil: null,
    redactedPaths: [],
    retraction: null,
    ...fields,
  };
}
