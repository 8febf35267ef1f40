// Walks a value alongside its bundled schema and applies the `format` of each field and the
// `keyFormat` of each map, and names fields the schema does not have. Shape errors are avsc's
// job: where the value does not have the schema's shape, this walk just stops.
import { isJsonObject, type Json, type JsonObject } from '../bundle/json';
import { childPath, type FieldError } from './field-error';
import { FORMAT_CHECKS, KEY_FORMAT_CHECKS } from './formats';

const KINDS = new Set(['record', 'error', 'enum', 'fixed', 'array', 'map']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function namedTypes(schema: Json, found = new Map<string, JsonObject>()): Map<string, JsonObject> {
  if (Array.isArray(schema)) schema.forEach((s) => namedTypes(s, found));
  if (!isJsonObject(schema)) return found;
  if (typeof schema.name === 'string' && Array.isArray(schema.fields ?? schema.symbols)) {
    found.set(schema.name.slice(schema.name.lastIndexOf('.') + 1), schema);
  }
  if (Array.isArray(schema.fields)) schema.fields.forEach((f) => isJsonObject(f) && namedTypes(f.type ?? null, found));
  for (const key of ['type', 'items', 'values'] as const) {
    const child = schema[key];
    if (child !== undefined && typeof child !== 'string') namedTypes(child, found);
  }
  return found;
}

export function formatErrors(schema: JsonObject, value: unknown): FieldError[] {
  const named = namedTypes(schema);
  const errors: FieldError[] = [];

  const resolve = (node: Json, value: unknown): JsonObject | null => {
    if (typeof node === 'string') return named.get(node.slice(node.lastIndexOf('.') + 1)) ?? null;
    if (Array.isArray(node)) {
      if (value === null || value === undefined) return null;
      const branches = node.filter((b) => b !== 'null');
      return branches.length === 1 ? resolve(branches[0] ?? null, value) : null;
    }
    if (!isJsonObject(node)) return null;
    if (typeof node.type === 'string' && !KINDS.has(node.type)) return resolve(node.type, value);
    return typeof node.type === 'object' && node.type !== null ? resolve(node.type, value) : node;
  };

  const applyFormat = (field: JsonObject, value: unknown, path: string): void => {
    if (typeof field.format !== 'string') return;
    const check = FORMAT_CHECKS[field.format];
    if (check === undefined) throw new Error(`schema names unknown format "${field.format}" at ${path}`);
    const each = Array.isArray(value) ? value.map((v, i) => [v, childPath(path, i)] as const) : [[value, path] as const];
    for (const [v, p] of each) {
      const message = v === null || v === undefined ? null : check(v, field);
      if (message !== null) errors.push({ path: p, message });
    }
  };

  const walk = (node: Json, value: unknown, path: string): void => {
    const type = resolve(node, value);
    if (type === null) return;
    if (type.type === 'record' && isPlainObject(value)) {
      const fields = Array.isArray(type.fields) ? type.fields.filter(isJsonObject) : [];
      const names = new Set(fields.map((f) => f.name));
      for (const key of Object.keys(value)) {
        if (!names.has(key)) errors.push({ path: childPath(path, key), message: `is not a field of ${String(type.name)}` });
      }
      for (const field of fields) {
        const fieldPath = childPath(path, String(field.name));
        applyFormat(field, value[String(field.name)], fieldPath);
        walk(field.type ?? null, value[String(field.name)], fieldPath);
      }
    } else if (type.type === 'array' && Array.isArray(value)) {
      value.forEach((item, i) => walk(type.items ?? null, item, childPath(path, i)));
    } else if (type.type === 'map' && isPlainObject(value)) {
      const keyCheck = typeof type.keyFormat === 'string' ? KEY_FORMAT_CHECKS[type.keyFormat] : undefined;
      if (typeof type.keyFormat === 'string' && keyCheck === undefined) throw new Error(`unknown key format "${type.keyFormat}"`);
      for (const [key, item] of Object.entries(value)) {
        const message = keyCheck?.(key) ?? null;
        if (message !== null) errors.push({ path: childPath(path, key), message: `key "${key}" ${message}` });
        walk(type.values ?? null, item, childPath(path, key));
      }
    }
  };

  walk(schema, value, '');
  return errors;
}
