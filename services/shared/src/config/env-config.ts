// Reads configuration from environment variables and validates all of it at start, so a bad
// deployment fails at once with every bad variable named, not at the first record.
import { AppError } from '../errors/app-error';

type Parser<T> = (raw: string) => T;

export interface Field<T> {
  name: string;
  parse: Parser<T>;
  fallback?: T;
}

export const str = (name: string, fallback?: string): Field<string> => ({ name, parse: (raw) => raw, fallback });

export const int = (name: string, fallback?: number, min = 0, max = Number.MAX_SAFE_INTEGER): Field<number> => ({
  name,
  fallback,
  parse: (raw) => {
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) throw new Error(`must be an integer from ${min} to ${max}`);
    return value;
  },
});

export const oneOf = <T extends string>(name: string, values: readonly T[], fallback?: T): Field<T> => ({
  name,
  fallback,
  parse: (raw) => {
    if (!(values as readonly string[]).includes(raw)) throw new Error(`must be one of ${values.join(', ')}`);
    return raw as T;
  },
});

export const list = (name: string, fallback?: string[]): Field<string[]> => ({
  name,
  fallback,
  parse: (raw) => raw.split(',').map((s) => s.trim()).filter(Boolean),
});

export function readConfig<S extends Record<string, Field<unknown>>>(
  spec: S,
  env: NodeJS.ProcessEnv = process.env,
): { [K in keyof S]: S[K] extends Field<infer T> ? T : never } {
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, field] of Object.entries(spec)) {
    const raw = env[field.name];
    if (raw === undefined || raw === '') {
      if (field.fallback === undefined) problems.push(`${field.name}: required but not set`);
      else out[key] = field.fallback;
      continue;
    }
    try {
      out[key] = field.parse(raw);
    } catch (err) {
      problems.push(`${field.name}: ${(err as Error).message} (got "${raw}")`);
    }
  }
  if (problems.length > 0) throw new AppError('config-invalid', `invalid configuration:\n  ${problems.join('\n  ')}`);
  return out as { [K in keyof S]: S[K] extends Field<infer T> ? T : never };
}
