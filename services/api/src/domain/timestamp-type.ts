// The shared avsc types register no logical types, so a timestamp-millis field is indistinguishable
// from any long. The api parses schemas with this marker type to know which fields travel as
// ISO-8601 strings in JSON; values stay epoch millis, as the generated TypeScript types say.
import avro from 'avsc';

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

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** Epoch millis of a strict ISO-8601 date-time with a zone, or undefined; Date.parse alone accepts "2026-02-30". */
export function parseIsoDateTime(text: string): number | undefined {
  const m = ISO_DATE_TIME.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second, offH, offM] = m.slice(1).map((part) => (part === undefined ? 0 : Number(part)));
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  if (month! < 1 || month! > 12 || day! < 1 || day! > daysInMonth) return undefined;
  if (hour! > 23 || minute! > 59 || second! > 59 || offH! > 23 || offM! > 59) return undefined;
  const millis = Date.parse(text);
  return Number.isNaN(millis) ? undefined : millis;
}
