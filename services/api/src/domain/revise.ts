// The next revision of an existing record. The head is the latest revision in the outbox; the
// outbox only holds this authority's records, so an id it does not know is simply not found.
import type avro from 'avsc';
import { AppError, tombstone, type AnyRecord, type AuthorityCode, type RecordTypeName } from '@bex/shared';
import { transition, type Action } from './transitions';

export interface Revision {
  recordId: string;
  recordType: RecordTypeName;
  action: Action;
  authority: AuthorityCode;
  now: Date;
  /** The record type's schema, from which a withdrawal builds its tombstone. */
  schema: avro.Type;
  /** The new content, for an amendment. */
  draft?: AnyRecord;
}

export function revise(head: AnyRecord | undefined, r: Revision): AnyRecord {
  if (head === undefined || head.meta.recordType !== r.recordType) {
    throw new AppError('record-not-found', `no ${r.recordType} ${r.recordId}`, { httpStatus: 404 });
  }
  if (head.meta.source !== r.authority) {
    throw new AppError('not-record-owner', `only ${head.meta.source}, the source, may change this record`, { httpStatus: 403 });
  }
  const next = transition(r.recordType, r.action, head.meta.status);
  if (!next.ok) throw new AppError('illegal-transition', next.reason, { httpStatus: 409 });
  const changes = { revision: head.meta.revision + 1, status: next.status, issuedAt: r.now.getTime() };
  if (r.action === 'withdraw') return tombstone(r.schema, head, { ...changes, retraction: 'WITHDRAWN' });
  if (r.action === 'amend') {
    if (r.draft === undefined) throw new Error('an amendment needs a draft');
    return { ...r.draft, meta: { ...r.draft.meta, ...changes, recordId: r.recordId } };
  }
  return { ...head, meta: { ...head.meta, ...changes } };
}
