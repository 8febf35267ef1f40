// Values a JSON Schema of the OpenAPI document calls valid, as fast-check arbitraries: the subset
// of JSON Schema the document uses ($ref, allOf with if/then, anyOf, enum, const, type, pattern,
// formats, bounds, properties, maps). `if/then` is met by drawing the `then` properties again
// from what the base schema allows until they also satisfy `then`.
import fc from 'fast-check';
import type { DocumentSchemas } from './document-schemas.test-helper';

type Schema = Record<string, unknown>;

const EARLIEST = Date.UTC(2000, 0, 1) - 2000 * 365.2425 * 86_400_000; // about 0000-01-01
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
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
);
const dateTimes = fc
  .tuple(instants, fc.constantFrom(0, 0, 420, -300, 23 * 60 + 59, -(23 * 60 + 59)), fc.boolean())
  .map(([millis, offset, withMillis]) => dateTimeText(millis, offset, withMillis));
const dates = fc.integer({ min: EARLIEST, max: LATEST }).map((millis) => dateTimeText(millis, 0, false).slice(0, 10));
const texts = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 12 }));

export class SchemaArbitraries {
  constructor(private readonly schemas: DocumentSchemas) {}

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
      case 'array': return fc.array(this.of(schema.items as Schema), { minLength: num(schema.minItems, 0), maxLength: Math.max(num(schema.minItems, 0), 3) });
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
    const formatted = schema.format === 'date-time' ? dateTimes : schema.format === 'date' ? dates : undefined;
    if (formatted !== undefined) return typeof schema.pattern === 'string' ? formatted.filter((s) => new RegExp(schema.pattern as string, 'u').test(s)) : formatted;
    if (typeof schema.pattern === 'string') return fc.stringMatching(new RegExp(schema.pattern as string)).filter((s) => fits(s) && new RegExp(schema.pattern as string, 'u').test(s));
    return texts.filter(fits);
  }

  private object(schema: Schema): fc.Arbitrary<Record<string, unknown>> {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    if (Object.keys(properties).length === 0 && typeof schema.additionalProperties === 'object') {
      const keys = schema.propertyNames === undefined ? fc.string({ minLength: 1, maxLength: 8 }) : (this.of(schema.propertyNames as Schema) as fc.Arbitrary<string>);
      return fc.dictionary(keys, this.of(schema.additionalProperties as Schema), { maxKeys: 3 });
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
