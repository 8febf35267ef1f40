// Checks named by a field's `format` attribute in the schemas, so the contract itself says which
// code list or shape a field follows. Each returns a message, or null when the value is fine.
import { decimalError, isCountryCode, isCurrencyCode, isHsCode, isLanguage, isTransportMode, isUnitCode } from '../codes';
import type { JsonObject } from '../bundle/json';

type Check = (value: unknown, field: JsonObject) => string | null;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const GATE = /^([A-Z]{2})-[A-Z]{3}$/;
const HOURS = /^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9]$/;

function text(test: (s: string) => boolean, message: string): Check {
  return (value) => (typeof value === 'string' && !test(value) ? message : null);
}

function range(min: number, max: number, message: string): Check {
  return (value) => (typeof value === 'number' && !(value >= min && value <= max) ? message : null);
}

export const FORMAT_CHECKS: Readonly<Record<string, Check>> = {
  uuid: text((s) => UUID.test(s), 'must be a UUID'),
  revision: range(1, 2 ** 31 - 1, 'must be 1 or more'),
  'information-grade': range(1, 4, 'must be 1, 2, 3 or 4'),
  'non-negative': range(0, 2 ** 31 - 1, 'must not be negative'),
  'birth-year': range(1900, 2100, 'must be a four-digit year'),
  latitude: range(-90, 90, 'must be between -90 and 90'),
  longitude: range(-180, 180, 'must be between -180 and 180'),
  country: text(isCountryCode, 'must be an ISO 3166-1 alpha-2 country code (upper case)'),
  currency: text(isCurrencyCode, 'must be an ISO 4217 currency code'),
  unit: text(isUnitCode, 'must be a UN/ECE Recommendation 20 unit code (e.g. KGM, LTR, MTQ, NAR)'),
  'transport-mode': text(isTransportMode, 'must be a UN/ECE Recommendation 19 transport mode code, 0 to 9'),
  'hs-code': text(isHsCode, 'must be an HS code of 6, 8 or 10 digits without dots'),
  language: text(isLanguage, 'must be one of the language tags lo, vi, zh, th, km, en'),
  'gate-code': text((s) => GATE.test(s) && isCountryCode(s.slice(0, 2)), 'must be a gate code like LA-BTN (country code, dash, three letters)'),
  vin: text((s) => /^[A-HJ-NPR-Z0-9]{17}$/.test(s), 'must be a 17-character VIN (no I, O or Q)'),
  'container-number': text((s) => /^[A-Z]{3}[UJZ][0-9]{7}$/.test(s), 'must be an ISO 6346 container number like MSCU1234565'),
  sha256: text((s) => /^[0-9a-f]{64}$/.test(s), 'must be a lower-case hex SHA-256 (64 characters)'),
  uri: text((s) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(s), 'must be an absolute URI'),
  'opening-hours': text((s) => HOURS.test(s), 'must be local hours like 07:30-17:00'),
  decimal: (value, field) => (typeof value === 'string' ? decimalError(value, typeof field.scale === 'number' ? field.scale : 0) : null),
};

export const KEY_FORMAT_CHECKS: Readonly<Record<string, (key: string) => string | null>> = {
  language: (key) => (isLanguage(key) ? null : 'is not one of the language tags lo, vi, zh, th, km, en'),
};
