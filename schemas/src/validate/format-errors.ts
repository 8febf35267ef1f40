// Walks a value alongside its bundled schema and applies the `format` of each field and the
// `keyFormat` of each map, and names fields the schema does not have. Shape errors are avsc's
// job: where the value does not have the schema's shape, this walk just stops.
import { isJsonObject, type Json, type JsonObject } from '../bundle/json';
import { mapKeyProblem } from './bound-errors';
import { renderSteps, stepInto, type FieldError, type FieldSteps } from './field-error';
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

// Schemas are frozen and cached (versions/load-schema.ts), so their named types are found once, not
// walked again for every request body (the walk was 7 % of the api's CPU under load).
const namedTypesOf = new WeakMap<JsonObject, Map<string, JsonObject>>();

function cachedNamedTypes(schema: JsonObject): Map<string, JsonObject> {
  let named = namedTypesOf.get(schema);
  if (named === undefined) {
    named = namedTypes(schema);
    namedTypesOf.set(schema, named);
  }
  return named;
}

interface RecordShape {
  fields: JsonObject[];
  names: Set<unknown>;
}

// Per frozen schema node: what it resolves to for a present value, and a record's fields.
const resolvedOf = new WeakMap<JsonObject | Json[], JsonObject | null>();
const shapeOf = new WeakMap<JsonObject, RecordShape>();

function recordShape(type: JsonObject): RecordShape {
  let shape = shapeOf.get(type);
  if (shape === undefined) {
    const fields = Array.isArray(type.fields) ? type.fields.filter(isJsonObject) : [];
    shape = { fields, names: new Set(fields.map((f) => f.name)) };
    shapeOf.set(type, shape);
  }
  return shape;
}

export function formatErrors(schema: JsonObject, value: unknown): FieldError[] {
  const named = cachedNamedTypes(schema);
  const errors: FieldError[] = [];

  // What a schema node stands for when its value is present (a union of null and one branch is
  // that branch); a union of several branches is avsc's to judge.
  const resolvePresent = (node: Json): JsonObject | null => {
    if (typeof node === 'string') return named.get(node.slice(node.lastIndexOf('.') + 1)) ?? null;
    if (Array.isArray(node)) {
      const branches = node.filter((b) => b !== 'null');
      return branches.length === 1 ? resolvePresent(branches[0] ?? null) : null;
    }
    if (!isJsonObject(node)) return null;
    if (typeof node.type === 'string' && !KINDS.has(node.type)) return resolvePresent(node.type);
    return typeof node.type === 'object' && node.type !== null ? resolvePresent(node.type) : node;
  };
  const resolve = (node: Json, value: unknown): JsonObject | null => {
    if (Array.isArray(node) && (value === null || value === undefined)) return null;
    if (node === null || typeof node !== 'object') return resolvePresent(node);
    let resolved = resolvedOf.get(node);
    if (resolved === undefined) {
      resolved = resolvePresent(node);
      resolvedOf.set(node, resolved);
    }
    return resolved;
  };

  const applyFormat = (field: JsonObject, value: unknown, steps: FieldSteps): void => {
    if (typeof field.format !== 'string') return;
    const check = FORMAT_CHECKS[field.format];
    if (check === undefined) throw new Error(`schema names unknown format "${field.format}" at ${renderSteps(steps)}`);
    const each = Array.isArray(value) ? value.map((v, i) => [v, stepInto(steps, i)] as const) : [[value, steps] as const];
    for (const [v, at] of each) {
      const message = v === null || v === undefined ? null : check(v, field);
      if (message !== null) errors.push({ path: renderSteps(at), message });
    }
  };

  const walk = (node: Json, value: unknown, steps: FieldSteps): void => {
    const type = resolve(node, value);
    if (type === null) return;
    if (type.type === 'record' && isPlainObject(value)) {
      const { fields, names } = recordShape(type);
      for (const key of Object.keys(value)) {
        if (!names.has(key)) errors.push({ path: renderSteps(stepInto(steps, key)), message: `is not a field of ${String(type.name)}` });
      }
      for (const field of fields) {
        const name = String(field.name);
        const here = stepInto(steps, name);
        applyFormat(field, value[name], here);
        walk(field.type ?? null, value[name], here);
      }
    } else if (type.type === 'array' && Array.isArray(value)) {
      value.forEach((item, i) => walk(type.items ?? null, item, stepInto(steps, i)));
    } else if (type.type === 'map' && isPlainObject(value)) {
      const keyCheck = typeof type.keyFormat === 'string' ? KEY_FORMAT_CHECKS[type.keyFormat] : undefined;
      if (typeof type.keyFormat === 'string' && keyCheck === undefined) throw new Error(`unknown key format "${type.keyFormat}"`);
      for (const [key, item] of Object.entries(value)) {
        const here = stepInto(steps, key);
        // A key that cannot be a field name is bound-errors.ts's to report, without echoing it.
        if (mapKeyProblem(key) !== null) continue;
        const message = keyCheck?.(key) ?? null;
        if (message !== null) errors.push({ path: renderSteps(here), message: `key "${key}" ${message}` });
        walk(type.values ?? null, item, here);
      }
    }
  };

  walk(schema, value, null);
  return errors;
}
