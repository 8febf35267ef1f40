// Query strings are untrusted text: each parameter is read once, checked for shape, and every
// problem is collected, so a caller fixes a request in one round trip. Unknown parameters are
// refused too, because a misspelt filter silently ignored would return the wrong records.
import { DATE_SCHEMA, DATE_TIME_SCHEMA, EARLIEST_YEAR, LATEST_YEAR } from '@bex/schemas';
import type { FieldError } from './field-error';
import { parseIsoDateTime } from './timestamp-type';

export type QueryParams = Record<string, unknown>;

/**
 * One parameter as a route declares it: the route reads it with this spec and the OpenAPI document
 * describes it from the same spec (paramSchema), so the two cannot say different things.
 */
export type ParamSpec = { description: string; required?: boolean } & (
  | { kind: 'text'; pattern: RegExp; hint: string }
  | { kind: 'oneOf'; values: readonly string[] }
  | { kind: 'instant' }
  | { kind: 'integer'; min: number; max: number; default: number }
);
export type ParamSpecs = Readonly<Record<string, ParamSpec>>;
type ValueOf<P> = P extends { kind: 'oneOf'; values: readonly (infer V)[] } ? V : P extends { kind: 'text' } ? string : number;
export type ParamValues<S extends ParamSpecs> = { [K in keyof S]: ValueOf<S[K]> | undefined };

export const textParam = (pattern: RegExp, hint: string, description: string) => ({ kind: 'text', pattern, hint, description }) as const;
export const oneOfParam = <T extends string>(values: readonly T[], description: string) => ({ kind: 'oneOf', values, description }) as const;
export const instantParam = (description: string) => ({ kind: 'instant', description }) as const;
export const integerParam = (min: number, max: number, fallback: number, description: string) => ({ kind: 'integer', min, max, default: fallback, description }) as const;
export const required = <P extends ParamSpec>(spec: P): P & { required: true } => ({ ...spec, required: true });

// BEX gate codes (LA-BTN); authority-specific office codes are wider, as the token claims allow.
export const GATE_CODE = /^[A-Z]{2}-[A-Z]{3}$/;
// The document's pattern of a date alone: its years are the years records may hold.
const DATE_ONLY = new RegExp(DATE_SCHEMA.pattern as string);

export class ParamReader {
  readonly errors: FieldError[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly params: QueryParams) {}

  string(name: string, pattern: RegExp, hint: string): string | undefined {
    const raw = this.raw(name);
    if (raw === undefined) return undefined;
    if (!pattern.test(raw)) return this.fail(name, `must be ${hint}`);
    return raw;
  }

  oneOf<T extends string>(name: string, values: readonly T[]): T | undefined {
    const raw = this.raw(name);
    if (raw === undefined) return undefined;
    if (!(values as readonly string[]).includes(raw)) return this.fail(name, `must be one of ${values.join(', ')}`);
    return raw as T;
  }

  /** An ISO-8601 date-time with a zone, or a date alone, read as 00:00 UTC of that day; years 1900 to 2200 as records hold. */
  instant(name: string): number | undefined {
    const raw = this.raw(name);
    if (raw === undefined) return undefined;
    const millis = parseIsoDateTime(DATE_ONLY.test(raw) ? `${raw}T00:00:00Z` : raw);
    if (millis === undefined) return this.fail(name, `must be an ISO-8601 date (2025-11-10) or date-time with a time zone (2025-11-10T08:30:00Z), in the years ${EARLIEST_YEAR} to ${LATEST_YEAR}`);
    return millis;
  }

  integer(name: string, min: number, max: number): number | undefined {
    const raw = this.raw(name);
    if (raw === undefined) return undefined;
    const value = /^(0|[1-9]\d{0,5})$/.test(raw) ? Number(raw) : NaN; // a number as JSON writes it, as the document's integer
    if (!(value >= min && value <= max)) return this.fail(name, `must be a whole number from ${min} to ${max}`);
    return value;
  }

  /** Every parameter of `specs`, each checked as its spec says; `integer` ones fall back to their default. */
  read<S extends ParamSpecs>(specs: S): ParamValues<S> {
    const values: Record<string, unknown> = {};
    for (const [name, spec] of Object.entries(specs)) {
      const value = this.readOne(name, spec);
      values[name] = spec.required ? this.required(name, value) : (value ?? (spec.kind === 'integer' ? spec.default : undefined));
    }
    return values as ParamValues<S>;
  }

  private readOne(name: string, spec: ParamSpec): string | number | undefined {
    switch (spec.kind) {
      case 'text': return this.string(name, spec.pattern, spec.hint);
      case 'oneOf': return this.oneOf(name, spec.values);
      case 'instant': return this.instant(name);
      case 'integer': return this.integer(name, spec.min, spec.max);
    }
  }

  required<T>(name: string, value: T | undefined): T | undefined {
    if (value === undefined && !this.errors.some((e) => e.path === name)) this.fail(name, 'is required');
    return value;
  }

  /** Adds an error for each parameter no reader asked for; call after reading all of them. */
  rejectUnknown(): void {
    for (const name of Object.keys(this.params)) if (!this.seen.has(name)) this.fail(name, 'is not a parameter of this query');
  }

  fail(name: string, message: string): undefined {
    this.errors.push({ path: name, message });
    return undefined;
  }

  private raw(name: string): string | undefined {
    this.seen.add(name);
    const value = this.params[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return this.fail(name, 'must be given once');
    return value;
  }
}

/** The JSON Schema of a parameter as the OpenAPI document gives it. */
export function paramSchema(spec: ParamSpec): Record<string, unknown> {
  switch (spec.kind) {
    case 'text': return { type: 'string', pattern: spec.pattern.source };
    case 'oneOf': return { type: 'string', enum: [...spec.values] };
    case 'instant': return { anyOf: [DATE_SCHEMA, DATE_TIME_SCHEMA], description: 'A date (read as 00:00 UTC) or a date-time with a time zone' };
    case 'integer': return { type: 'integer', minimum: spec.min, maximum: spec.max, default: spec.default };
  }
}
