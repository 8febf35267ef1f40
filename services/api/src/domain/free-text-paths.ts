// Where a record type holds free text, read from its Avro contract: every field typed
// TextByLanguage (the contracts' one free-text type), as a path in personal-data.ts's notation
// (`riskIndicators[].modusOperandi`). Read from the contract so that a free-text field added to a
// schema is found without anyone remembering to list it.
import { loadSchema } from '@bex/schemas';
import type { RecordTypeName } from '@bex/shared';

type Schema = string | Schema[] | { type: string; name?: string; namespace?: string; fields?: Array<{ name: string; type: Schema }>; items?: Schema; values?: Schema; typeAlias?: string };

const FREE_TEXT = 'TextByLanguage';

/** Every path of `schema` (a bundled record schema) that holds free text. */
export function freeTextPathsOf(schema: Schema): string[] {
  const named = new Map<string, Schema>();
  const found: string[] = [];
  const walk = (type: Schema, path: string, namespace: string | undefined): void => {
    if (typeof type === 'string') {
      const known = named.get(type) ?? named.get(`${namespace}.${type}`);
      if (known !== undefined) walk(known, path, namespace);
      return;
    }
    if (Array.isArray(type)) return type.forEach((branch) => walk(branch, path, namespace));
    if (type.type === 'map' && type.typeAlias === FREE_TEXT) {
      found.push(path);
      return;
    }
    if (type.type === 'array' && type.items !== undefined) return walk(type.items, `${path}[]`, namespace);
    if (type.type === 'map' && type.values !== undefined) return walk(type.values, `${path}{}`, namespace);
    if (type.type !== 'record') return;
    // A named type is written out once, at its first use, and referred to by name after that,
    // plain or qualified by its namespace (its own, or else the enclosing one).
    const space = type.namespace ?? namespace;
    if (type.name !== undefined) {
      named.set(type.name, type);
      if (space !== undefined) named.set(`${space}.${type.name}`, type);
    }
    for (const field of type.fields ?? []) walk(field.type, path === '' ? field.name : `${path}.${field.name}`, space);
  };
  walk(schema, '', undefined);
  return found;
}

/** The free-text paths of the latest version of a record type's contract. */
export const freeTextPaths = (recordType: RecordTypeName): string[] => freeTextPathsOf(loadSchema(recordType) as unknown as Schema);
