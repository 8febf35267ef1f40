// Turns a request body into a complete, valid record: the caller's content and the part of meta
// the caller controls, plus the meta only the server may set. Every failing field is collected,
// so one 400 answer names them all.
import avro from 'avsc';
import { validateRecord } from '@bex/schemas';
import type { AnyRecord, RecordMetaView } from '@bex/shared';
import { isPlainObject, type FieldError } from './field-error';
import { fromJson } from './json-conversion';
import { reportingAuthorityErrors } from './reporting-authority';

/** meta fields the server owns; a caller who sends one is told so rather than silently overruled. */
export const SERVER_META = ['recordId', 'revision', 'source', 'recipient', 'recordType', 'status', 'issuedAt', 'redactedPaths', 'retraction'] as const;

/** Caller meta fields the server fills when left out: the issuing office comes from the token. */
export const CALLER_OPTIONAL_META = ['issuingOffice'] as const;

export type ServerMeta = Pick<RecordMetaView, (typeof SERVER_META)[number]>;

export type Draft = { ok: true; record: AnyRecord } | { ok: false; errors: FieldError[] };

export function draftRecord(schema: avro.Type, body: unknown, server: ServerMeta): Draft {
  if (!isPlainObject(body)) return { ok: false, errors: [{ path: '', message: 'must be a JSON object' }] };
  const refused: FieldError[] = [];
  const callerMeta: Record<string, unknown> = {};
  if (body.meta !== undefined && !isPlainObject(body.meta)) refused.push({ path: 'meta', message: 'must be an object' });
  for (const [key, value] of Object.entries(isPlainObject(body.meta) ? body.meta : {})) {
    if ((SERVER_META as readonly string[]).includes(key)) refused.push({ path: `meta.${key}`, message: 'is set by the server and must not be sent' });
    else callerMeta[key] = value;
  }
  const json = { ...body, meta: { ...callerMeta, ...server, issuedAt: new Date(server.issuedAt).toISOString() } };
  const converted = fromJson(schema, json);
  const reported = [...refused, ...converted.errors];
  const judged = [...validateRecord(server.recordType, converted.value), ...reportingAuthorityErrors(server.recordType, converted.value, server.source)];
  const errors = [...reported, ...judged.filter((e) => !reported.some((r) => covers(r.path, e.path)))];
  return errors.length > 0 ? { ok: false, errors } : { ok: true, record: converted.value as AnyRecord };
}

function covers(outer: string, inner: string): boolean {
  return outer === '' || inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
}
