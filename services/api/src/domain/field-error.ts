// Paths name failing fields the way validateRecord does (`goods[0].quantity`,
// `narrative["zh-Hans"]`), so one 400 answer reads alike whichever check found the problem: the
// rule is @bex/schemas' childPath, used by both.
export type { FieldError } from '@bex/schemas';

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
