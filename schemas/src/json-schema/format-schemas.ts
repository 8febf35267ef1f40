// The JSON Schema form of each `format` and `keyFormat` check (validate/formats.ts), built from the
// same code lists, so that a client reading the OpenAPI document knows what validateRecord accepts.
// format-schemas.spec.ts generates values from each schema and runs them through the check, so the
// two cannot drift apart. The time form matches parseIsoDateTime of the api: RFC 3339 with at most
// three fraction digits and no leap second, within the years of validate/bounds.ts.
import { ISO_3166_ALPHA2, ISO_4217, LANGUAGES, REC19_TRANSPORT_MODES, REC20_UNITS } from '../codes';
import type { JsonObject } from '../bundle/json';
import { EARLIEST_YEAR, LATEST_YEAR } from '../validate/bounds';
import { digitRange } from './digit-range';

const INT_MAX = 2 ** 31 - 1;
const sorted = (codes: Iterable<string>): string[] => [...codes].sort();
const pattern = (source: string): JsonObject => ({ type: 'string', pattern: source });
const range = (minimum: number, maximum: number): JsonObject => ({ minimum, maximum });

const MONTH_DAY = '-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])';
const TIME = 'T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,3})?';
const HOURS_MINUTES = '([01][0-9]|2[0-3]):[0-5][0-9]';
const years = (from: number, to: number): string => digitRange(String(from), String(to));
const YEARS_WRITTEN = `${EARLIEST_YEAR} to ${LATEST_YEAR}`;

// In the first year an offset ahead of UTC could move the instant into the year before, and in the
// last one an offset behind UTC into the year after; there only those that cannot are allowed, so
// every time the pattern admits is inside the bounds that validateRecord holds instants to.
export const DATE_TIME_SCHEMA: JsonObject = {
  type: 'string',
  format: 'date-time',
  pattern: `^(${years(EARLIEST_YEAR + 1, LATEST_YEAR - 1)}${MONTH_DAY}${TIME}(Z|[+-]${HOURS_MINUTES})|${EARLIEST_YEAR}${MONTH_DAY}${TIME}(Z|\\+00:00|-${HOURS_MINUTES})|${LATEST_YEAR}${MONTH_DAY}${TIME}(Z|-00:00|\\+${HOURS_MINUTES}))$`,
  description: `ISO-8601 date-time with a time zone, at most millisecond precision, in the years ${YEARS_WRITTEN} (in ${EARLIEST_YEAR} at UTC or behind it, in ${LATEST_YEAR} at UTC or ahead of it), e.g. 2026-03-01T08:30:00Z`,
};

/** A calendar date alone, in the same years. */
export const DATE_SCHEMA: JsonObject = {
  type: 'string',
  format: 'date',
  pattern: `^${years(EARLIEST_YEAR, LATEST_YEAR)}${MONTH_DAY}$`,
  description: `ISO-8601 date in the years ${YEARS_WRITTEN}, e.g. 2026-03-01`,
};

/** What each format adds to the schema of the value (or of each item, on an array). */
export function formatSchema(format: string, field: JsonObject): JsonObject {
  switch (format) {
    case 'uuid': return pattern('^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$');
    case 'revision': return range(1, INT_MAX);
    case 'information-grade': return range(1, 4);
    case 'non-negative': return range(0, INT_MAX);
    case 'birth-year': return range(1900, 2100);
    case 'latitude': return range(-90, 90);
    case 'longitude': return range(-180, 180);
    case 'country': return { type: 'string', enum: sorted(ISO_3166_ALPHA2) };
    case 'currency': return { type: 'string', enum: sorted(ISO_4217) };
    case 'unit': return { type: 'string', enum: sorted(Object.keys(REC20_UNITS)) };
    case 'transport-mode': return { type: 'string', enum: sorted(Object.keys(REC19_TRANSPORT_MODES)) };
    case 'language': return { type: 'string', enum: [...LANGUAGES] };
    case 'hs-code': return pattern('^(0[1-9]|[1-8][0-9]|9[0-7])[0-9]{4}([0-9]{2}){0,2}$');
    case 'gate-code': return pattern(`^(${sorted(ISO_3166_ALPHA2).join('|')})-[A-Z]{3}$`);
    case 'vin': return pattern('^[A-HJ-NPR-Z0-9]{17}$');
    case 'container-number': return pattern('^[A-Z]{3}[UJZ][0-9]{7}$');
    case 'sha256': return pattern('^[0-9a-f]{64}$');
    case 'uri': return pattern('^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$');
    case 'opening-hours': return pattern('^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9]$');
    case 'decimal': {
      const scale = typeof field.scale === 'number' ? field.scale : 0;
      return pattern(scale === 0 ? '^(0|[1-9][0-9]*)$' : `^(0|[1-9][0-9]*)(\\.[0-9]{1,${scale}})?$`);
    }
    default: throw new Error(`no JSON Schema for format "${format}"`);
  }
}

/** The schema of each key of a map with this keyFormat. */
export function keyFormatSchema(keyFormat: string): JsonObject {
  if (keyFormat === 'language') return { type: 'string', enum: [...LANGUAGES] };
  throw new Error(`no JSON Schema for key format "${keyFormat}"`);
}
