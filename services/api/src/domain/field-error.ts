// Paths name failing fields the way validateRecord does (`goods[0].quantity`,
// `narrative["zh-Hans"]`), so one 400 answer reads alike whichever check found the problem.
export type { FieldError } from '@bex/schemas';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function joinPath(parent: string, field: string): string {
  if (!IDENTIFIER.test(field)) return `${parent}[${JSON.stringify(field)}]`;
  return parent === '' ? field : `${parent}.${field}`;
}

export const indexPath = (parent: string, index: number): string => `${parent}[${index}]`;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
