// Query strings are untrusted text: each parameter is read once, checked for shape, and every
// problem is collected, so a caller fixes a request in one round trip. Unknown parameters are
// refused too, because a misspelt filter silently ignored would return the wrong records.
import type { FieldError } from './field-error';
import { parseIsoDateTime } from './timestamp-type';

export type QueryParams = Record<string, unknown>;

// BEX gate codes (LA-BTN); authority-specific office codes are wider, as the token claims allow.
export const GATE_CODE = /^[A-Z]{2}-[A-Z]{3}$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

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

  /** An ISO-8601 date-time with a zone, or a date alone, read as 00:00 UTC of that day. */
  instant(name: string): number | undefined {
    const raw = this.raw(name);
    if (raw === undefined) return undefined;
    const millis = parseIsoDateTime(DATE_ONLY.test(raw) ? `${raw}T00:00:00Z` : raw);
    if (millis === undefined) return this.fail(name, 'must be an ISO-8601 date (2025-11-10) or date-time with a time zone (2025-11-10T08:30:00Z)');
    return millis;
  }

  integer(name: string, min: number, max: number): number | undefined {
    const raw = this.raw(name);
    if (raw === undefined) return undefined;
    const value = /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
    if (!(value >= min && value <= max)) return this.fail(name, `must be a whole number from ${min} to ${max}`);
    return value;
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
