// Values a JSON Schema of the OpenAPI document calls valid, as fast-check arbitraries: the subset
// of JSON Schema the document uses ($ref, allOf with if/then, anyOf, enum, const, type, pattern,
// formats, bounds, properties, maps). `if/then` is met by drawing the `then` properties again
// from what the base schema allows until they also satisfy `then`. Bounds are drawn at their edges
// too, as a fuzzer's positive tests would: the earliest and latest times (at the widest offsets),
// strings of exactly maxLength characters in several scripts, arrays of maxItems, maps of
// maxProperties; `edges` sets how often (1 in edges + 1 draws of each bounded value).
import fc from 'fast-check';
import { EARLIEST_TIME_MS, LATEST_TIME_MS } from '@bex/schemas';
import type { DocumentSchemas } from './document-schemas.test-helper';

type Schema = Record<string, unknown>;

const DAY = 86_400_000;
// A day past each bound, so that offsets carry some times over it; the document's pattern then says which are valid.
const EARLIEST = EARLIEST_TIME_MS - DAY;
const LATEST = LATEST_TIME_MS + DAY;
const EDGE_TIMES = ['1900-01-01T00:00:00Z', '1900-01-01T00:00:00.000-23:59', '1901-01-01T00:00:00+23:59', '2199-12-31T23:59:59-23:59', '2200-12-31T23:59:59.999Z', '2200-12-31T23:59:59.999+23:59'];
const EDGE_DATES = ['1900-01-01', '2200-12-31', '2000-02-29'];
// One character of each width in UTF-16 and UTF-8: Latin, Lao, Chinese, an emoji (a surrogate pair).
const EDGE_CHARS = ['a', 'ກ', '中', '😀'];
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** An instant written as RFC 3339 allows it: UTC or an offset, with or without milliseconds. */
function dateTimeText(millis: number, offsetMinutes: number, withMillis: boolean): string {
  const local = new Date(millis + offsetMinutes * 60_000);
  const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${withMillis ? `.${pad(local.getUTCMilliseconds(), 3)}` : ''}`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const zone = offsetMinutes === 0 ? 'Z' : `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  return `${date}T${time}${zone}`;
}

const instants = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }) },
  { weight: 1, arbitrary: fc.integer({ min: EARLIEST, max: LATEST }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer({ min: EARLIEST, max: EARLIEST + 2 * DAY }), fc.integer({ min: LATEST - 2 * DAY, max: LATEST })) },
);
const dateTimes = fc
  .tuple(instants, fc.constantFrom(0, 0, 420, -300, 23 * 60 + 59, -(23 * 60 + 59)), fc.boolean())
  .map(([millis, offset, withMillis]) => dateTimeText(millis, offset, withMillis));
const dates = fc.integer({ min: EARLIEST, max: LATEST }).map((millis) => dateTimeText(millis, 0, false).slice(0, 10));
const texts = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 12 }));

/** `text` made `length` characters long by repeating its last one, if the pattern still holds; else as it was. */
function extended(text: string, length: number, pattern: RegExp): string {
  const chars = [...text];
  if (chars.length === 0 || chars.length >= length) return text;
  const longer = text + chars[chars.length - 1]!.repeat(length - chars.length);
  return pattern.test(longer) ? longer : text;
}

export class SchemaArbitraries {
  constructor(private readonly schemas: DocumentSchemas, private readonly edges = 5) {}

  /** Usually `usual`, one draw in edges + 1 `edge`. */
  private orEdge<T>(usual: fc.Arbitrary<T>, edge: fc.Arbitrary<T> | undefined): fc.Arbitrary<T> {
    return edge === undefined ? usual : fc.oneof({ weight: this.edges, arbitrary: usual }, { weight: 1, arbitrary: edge });
  }

  of(schema: Schema): fc.Arbitrary<unknown> {
    if (typeof schema.$ref === 'string') return this.of(this.schemas.resolve(schema.$ref));
    if ('const' in schema) return fc.constant(schema.const);
    if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
    if (Array.isArray(schema.anyOf ?? schema.oneOf)) return fc.oneof(...((schema.anyOf ?? schema.oneOf) as Schema[]).map((s) => this.of({ ...this.without(schema, 'anyOf', 'oneOf'), ...s })));
    if (Array.isArray(schema.allOf)) return this.withConditions(schema);
    if (Array.isArray(schema.type)) return fc.oneof(...(schema.type as string[]).map((type) => this.of({ ...schema, type })));
    switch (schema.type) {
      case 'null': return fc.constant(null);
      case 'boolean': return fc.boolean();
      case 'integer': return this.integer(schema);
      case 'number': return fc.double({ min: num(schema.minimum, -1e12), max: num(schema.maximum, 1e12), noNaN: true, noDefaultInfinity: true });
      case 'string': return this.string(schema);
      case 'array': return this.array(schema);
      case 'object': return this.object(schema);
      default: throw new Error(`no values for the schema ${JSON.stringify(schema).slice(0, 200)}`);
    }
  }

  private without(schema: Schema, ...keys: string[]): Schema {
    return Object.fromEntries(Object.entries(schema).filter(([k]) => !keys.includes(k)));
  }

  private integer(schema: Schema): fc.Arbitrary<number> {
    const min = num(schema.minimum, -(2 ** 31));
    const max = num(schema.maximum, 2 ** 31 - 1);
    if (min >= -(2 ** 31) && max <= 2 ** 31 - 1) return fc.integer({ min, max });
    return fc.oneof(fc.integer(), fc.maxSafeInteger()).filter((n) => n >= min && n <= max);
  }

  private string(schema: Schema): fc.Arbitrary<string> {
    const min = num(schema.minLength, 0);
    const max = num(schema.maxLength, Infinity);
    const fits = (s: string) => [...s].length >= min && [...s].length <= max;
    const pattern = typeof schema.pattern === 'string' ? new RegExp(schema.pattern, 'u') : undefined;
    const matches = (s: string) => pattern === undefined || pattern.test(s);
    if (schema.format === 'date-time' || schema.format === 'date') {
      const [formatted, edges] = schema.format === 'date-time' ? [dateTimes, EDGE_TIMES] : [dates, EDGE_DATES];
      const edge = edges.filter(matches);
      return this.orEdge(formatted.filter(matches), edge.length === 0 ? undefined : fc.constantFrom(...edge));
    }
    const longest = Number.isFinite(max) ? EDGE_CHARS.map((c) => c.repeat(max)).filter(matches) : [];
    if (pattern !== undefined) {
      const drawn = fc.stringMatching(new RegExp(schema.pattern as string)).filter((s) => fits(s) && matches(s));
      if (!Number.isFinite(max)) return drawn;
      const stretched = drawn.map((s) => extended(s, max, pattern));
      return this.orEdge(drawn, longest.length === 0 ? stretched : fc.oneof(fc.constantFrom(...longest), stretched));
    }
    return this.orEdge(texts.filter(fits), longest.length === 0 ? undefined : fc.constantFrom(...longest));
  }

  private array(schema: Schema): fc.Arbitrary<unknown[]> {
    const items = this.of(schema.items as Schema);
    const min = num(schema.minItems, 0);
    const usual = fc.array(items, { minLength: min, maxLength: Math.max(min, 3) });
    const max = num(schema.maxItems, Infinity);
    return this.orEdge(usual, Number.isFinite(max) ? fc.array(items, { minLength: max, maxLength: max }) : undefined);
  }

  private object(schema: Schema): fc.Arbitrary<Record<string, unknown>> {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    if (Object.keys(properties).length === 0 && typeof schema.additionalProperties === 'object') {
      const names = schema.propertyNames as Schema | undefined;
      const keys = names === undefined ? fc.string({ minLength: 1, maxLength: 8 }) : (this.of(names) as fc.Arbitrary<string>);
      const values = this.of(schema.additionalProperties as Schema);
      // As many entries as the map may hold, or as there are distinct keys to give them.
      const most = Math.min(num(schema.maxProperties, 3), Array.isArray(names?.enum) ? names.enum.length : Infinity);
      return this.orEdge(fc.dictionary(keys, values, { maxKeys: Math.min(3, most) }), fc.dictionary(keys, values, { minKeys: most, maxKeys: most }));
    }
    const model = Object.fromEntries(Object.entries(properties).map(([name, s]) => [name, this.of(s)]));
    return fc.record(model, { requiredKeys: (schema.required ?? []) as string[] }) as fc.Arbitrary<Record<string, unknown>>;
  }

  /** The base schema's values, then each `if` that holds gets its `then` properties drawn again until they fit. */
  private withConditions(schema: Schema): fc.Arbitrary<unknown> {
    const base = this.without(schema, 'allOf');
    const conditions = (schema.allOf as Schema[]).filter((c) => c.if !== undefined && c.then !== undefined);
    const rest = (schema.allOf as Schema[]).filter((c) => c.if === undefined);
    if (rest.length > 0) throw new Error('allOf beyond if/then is not generated');
    const properties = (base.properties ?? {}) as Record<string, Schema>;
    return this.of(base).chain((value) => {
      const then = conditions.filter((c) => this.schemas.matches(c.if, value)).map((c) => c.then as Schema);
      const names = [...new Set(then.flatMap((t) => [...((t.required ?? []) as string[]), ...Object.keys((t.properties ?? {}) as object)]))];
      if (names.length === 0) return fc.constant(value);
      const fitting = Object.fromEntries(
        names.map((name) => [name, this.of(properties[name]!).filter((v) => then.every((t) => this.schemas.matches({ properties: { [name]: ((t.properties ?? {}) as Schema)[name] ?? {} } }, { [name]: v })))]),
      );
      return fc.record(fitting).map((drawn) => ({ ...(value as object), ...drawn }));
    });
  }
}

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}
