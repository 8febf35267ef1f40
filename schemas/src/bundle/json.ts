// Schemas are handled as plain JSON so that metadata attributes (doc, format, scale, typeAlias)
// survive; avsc's own schema() would drop them.
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isJsonObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Stable text of a schema, so that "differs" means a real change, not whitespace. */
export function schemaText(schema: Json): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** Freezes a schema all the way down, so a cached schema handed to callers cannot be changed under others. */
export function deepFreeze<T extends Json>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
