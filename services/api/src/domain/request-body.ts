// The request body a client sends for a record: its content with JSON dates, and only the meta
// fields a caller controls. The demo seed and the end-to-end tests build their requests with it.
import type { RecordTypeName } from '@bex/shared';
import { toJson } from './json-conversion';
import { schemaOf } from './record-kinds';

const CALLER_META = ['issuingOffice', 'handlingCode', 'reliability', 'reviewBy', 'retainUntil'];

export function requestBody(recordType: RecordTypeName, record: unknown): Record<string, unknown> {
  const json = toJson(schemaOf(recordType), record) as Record<string, unknown> & { meta: Record<string, unknown> };
  const meta = Object.fromEntries(Object.entries(json.meta).filter(([key]) => CALLER_META.includes(key)));
  return { ...json, meta };
}
