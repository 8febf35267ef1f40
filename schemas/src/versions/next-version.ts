import { schemaText, type JsonObject } from '../bundle/json';

/**
 * The version number the bundle must be committed as, or null when it equals the latest one.
 * Compared as normalised text, so a changed doc also makes a version: partners read the docs too.
 */
export function nextVersion(latest: { version: number; schema: JsonObject } | undefined, bundled: JsonObject): number | null {
  if (latest === undefined) return 1;
  return schemaText(latest.schema) === schemaText(bundled) ? null : latest.version + 1;
}
