// The shared avsc types register no logical types, so a timestamp-millis field is indistinguishable
// from any long. The api parses schemas with this marker type to know which fields travel as
// ISO-8601 strings in JSON; values stay epoch millis, as the generated TypeScript types say.
import avro from 'avsc';
import { DATE_TIME_SCHEMA } from '@bex/schemas';

export class TimestampMillis extends avro.types.LogicalType {
  protected override _fromValue(value: unknown): unknown {
    return value;
  }

  protected override _toValue(value: unknown): unknown {
    return value;
  }

  protected override _resolve(type: avro.Type): ((value: unknown) => unknown) | undefined {
    return avro.Type.isType(type, 'long', 'logical:timestamp-millis') ? (value) => value : undefined;
  }
}

export const API_LOGICAL_TYPES = { 'timestamp-millis': TimestampMillis };

/** An avsc type of the schema in which timestamp-millis fields can be told apart. */
export function typeWithTimestamps(schema: avro.Schema): avro.Type {
  return avro.Type.forSchema(schema, { logicalTypes: API_LOGICAL_TYPES });
}

/**
 * The instants every store of the stack can hold: years 1 to 9999 (the local database keeps dates
 * as Python datetimes, which have no year 0). A bound of a query outside them means the same as the
 * nearest one inside: no record is older than year 1 or younger than 9999.
 */
const earliest = new Date(0);
earliest.setUTCFullYear(1, 0, 1);
export const EARLIEST_INSTANT = earliest.getTime();
export const LATEST_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
export const clampInstant = (millis: number): number => Math.min(Math.max(millis, EARLIEST_INSTANT), LATEST_INSTANT);

// RFC 3339 (seconds included) to the millisecond, as the OpenAPI document says (DATE_TIME_SCHEMA).
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,3})?(?:Z|[+-](\d{2}):(\d{2}))$/;
// The document's own pattern, years bounded as validateRecord bounds times: whatever it admits is
// taken, whatever it refuses is refused, so the document and the api cannot disagree on a time.
const WITHIN_BOUNDS = new RegExp(DATE_TIME_SCHEMA.pattern as string);

/**
 * Epoch millis of a strict ISO-8601 date-time with a zone in the years records may hold (1900 to
 * 2200), or undefined; Date.parse alone accepts "2026-02-30".
 */
export function parseIsoDateTime(text: string): number | undefined {
  const m = ISO_DATE_TIME.exec(text);
  if (!m || !WITHIN_BOUNDS.test(text)) return undefined;
  const [year, month, day, hour, minute, second, offH, offM] = m.slice(1).map((part) => (part === undefined ? 0 : Number(part)));
  // Date.UTC reads years 0 to 99 as 1900 to 1999, which would make 0000-02-29 no day at all.
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(year!, month!, 0);
  const daysInMonth = lastDay.getUTCDate();
  if (month! < 1 || month! > 12 || day! < 1 || day! > daysInMonth) return undefined;
  if (hour! > 23 || minute! > 59 || second! > 59 || offH! > 23 || offM! > 59) return undefined;
  const millis = Date.parse(text);
  return Number.isNaN(millis) ? undefined : millis;
}
