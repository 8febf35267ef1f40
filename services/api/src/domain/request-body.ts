// The request body a client sends for a record: its content with JSON dates, and only the meta
// fields a caller controls. The demo seed and the end-to-end tests build their requests with it.
// The issuing office is left out: the api takes it from the caller's token (domain/may-write.ts),
// so a sample written at one office can be submitted by whoever the test or demo signs in as.
import type { RecordTypeName } from '@bex/shared';
import { toJson } from './json-conversion';
import { schemaOf } from './record-kinds';

const CALLER_META = ['handlingCode', 'reliability', 'reviewBy', 'retainUntil'];

export function requestBody(recordType: RecordTypeName, record: unknown): Record<string, unknown> {
  const json = toJson(schemaOf(recordType), record) as Record<string, unknown> & { meta: Record<string, unknown> };
  const meta = Object.fromEntries(Object.entries(json.meta).filter(([key]) => CALLER_META.includes(key)));
  return { ...json, meta };
}
