// Holds a value to the bounds of bounds.ts: times within the years, strings, arrays and maps within
// their sizes, map keys fit to be field names, key strings without NUL, numbers finite. The bundled
// schema is compiled once into a plan of what to check where; a value is then walked along the plan.
// Messages name the bound, never the value: it may be megabytes long or hold what a log must not.
// Shape errors are avsc's job: where the value does not have the schema's shape, the walk stops.
import { isJsonObject, type Json, type JsonObject } from '../bundle/json';
import {
  boundOf,
  EARLIEST_TIME_MS,
  isLongerThan,
  LATEST_TIME_MS,
  MAP_KEY_MAX_LENGTH,
  type ResolvedBound,
} from './bounds';
import { renderSteps, stepInto, type FieldError, type FieldSteps } from './field-error';

type Plan =
  | { kind: 'string'; maxLength: number; key: boolean }
  | { kind: 'time' }
  | { kind: 'number' }
  | { kind: 'array'; maxItems: number; items: Plan }
  | { kind: 'map'; maxEntries: number; values: Plan }
  | { kind: 'record'; fields: Array<{ name: string; plan: Plan }> }
  | { kind: 'union'; branches: Plan[] }
  | { kind: 'none' };

const NONE: Plan = { kind: 'none' };
const PRIMITIVE_NAMES = new Set(['null', 'boolean', 'int', 'long', 'float', 'double', 'bytes', 'string']);

export const TIME_MESSAGE = `must be a time from ${new Date(EARLIEST_TIME_MS).toISOString()} to ${new Date(LATEST_TIME_MS).toISOString()}`;
export const lengthMessage = (max: number): string => `must be at most ${max} characters long`;
export const itemsMessage = (max: number): string => `must hold at most ${max} items`;
export const entriesMessage = (max: number): string => `must hold at most ${max} entries`;
export const NUL_MESSAGE = 'must not contain the NUL character';
export const FINITE_MESSAGE = 'must be a finite number';

/** Why a map key cannot be a stored field name, or null when it can. */
export function mapKeyProblem(key: string): string | null {
  if (key === '') return 'has an empty key';
  if (isLongerThan(key, MAP_KEY_MAX_LENGTH)) return `has a key longer than ${MAP_KEY_MAX_LENGTH} characters`;
  if (key.includes('\u0000')) return 'has a key containing the NUL character';
  if (key.startsWith('$')) return 'has a key starting with $';
  if (key.includes('.')) return 'has a key containing a dot';
  return null;
}

const shortName = (name: string): string => name.slice(name.lastIndexOf('.') + 1);

function compile(schema: JsonObject): Plan {
  const sources = new Map<string, JsonObject>();
  const collect = (node: Json): void => {
    if (Array.isArray(node)) node.forEach(collect);
    if (!isJsonObject(node)) return;
    if (typeof node.name === 'string' && (node.type === 'record' || node.type === 'error')) sources.set(shortName(node.name), node);
    if (Array.isArray(node.fields)) node.fields.forEach((f) => isJsonObject(f) && collect(f.type ?? null));
    for (const key of ['type', 'items', 'values'] as const) {
      const child = node[key];
      if (child !== undefined && typeof child !== 'string') collect(child);
    }
  };
  collect(schema);

  const records = new Map<string, Plan & { kind: 'record' }>();
  const record = (node: JsonObject): Plan => {
    const name = shortName(String(node.name));
    const known = records.get(name);
    if (known !== undefined) return known;
    const plan: Plan & { kind: 'record' } = { kind: 'record', fields: [] };
    records.set(name, plan); // before the fields: a type may refer to itself
    for (const field of (Array.isArray(node.fields) ? node.fields : []).filter(isJsonObject)) {
      plan.fields.push({ name: String(field.name), plan: of(field.type ?? null, boundOf(name, String(field.name))) });
    }
    return plan;
  };

  const of = (node: Json, bound: ResolvedBound): Plan => {
    if (typeof node === 'string') {
      if (node === 'string') return { kind: 'string', maxLength: bound.maxLength, key: bound.key };
      if (node === 'float' || node === 'double') return { kind: 'number' };
      if (PRIMITIVE_NAMES.has(node)) return NONE;
      const source = sources.get(shortName(node));
      return source === undefined ? NONE : record(source);
    }
    if (Array.isArray(node)) {
      const branches = node.map((b) => of(b, bound)).filter((p) => p.kind !== 'none');
      return branches.length === 0 ? NONE : branches.length === 1 ? branches[0]! : { kind: 'union', branches };
    }
    if (!isJsonObject(node)) return NONE;
    if (node.logicalType === 'timestamp-millis') return { kind: 'time' };
    if (node.type === 'record' || node.type === 'error') return record(node);
    if (node.type === 'array') return { kind: 'array', maxItems: bound.maxItems, items: of(node.items ?? null, bound) };
    if (node.type === 'map') return { kind: 'map', maxEntries: bound.maxEntries, values: of(node.values ?? null, bound) };
    if (node.type === 'enum' || node.type === 'fixed') return NONE;
    return of(node.type ?? null, bound);
  };

  return of(schema, boundOf('', ''));
}

// Schemas are frozen and cached (versions/load-schema.ts): one plan per schema for the process.
const plans = new WeakMap<JsonObject, Plan>();

function planOf(schema: JsonObject): Plan {
  let plan = plans.get(schema);
  if (plan === undefined) {
    plan = compile(schema);
    plans.set(schema, plan);
  }
  return plan;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// Which branch of a union a present value is for, by its JavaScript kind.
function fits(plan: Plan, value: unknown): boolean {
  switch (plan.kind) {
    case 'string': return typeof value === 'string';
    case 'time':
    case 'number': return typeof value === 'number';
    case 'array': return Array.isArray(value);
    case 'map':
    case 'record': return isPlainObject(value);
    default: return false;
  }
}

export function boundErrors(schema: JsonObject, value: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const fail = (steps: FieldSteps, message: string): void => void errors.push({ path: renderSteps(steps), message });

  const walk = (plan: Plan, v: unknown, steps: FieldSteps): void => {
    if (v === null || v === undefined) return;
    switch (plan.kind) {
      case 'string':
        if (typeof v !== 'string') return;
        if (isLongerThan(v, plan.maxLength)) fail(steps, lengthMessage(plan.maxLength));
        if (plan.key && v.includes('\u0000')) fail(steps, NUL_MESSAGE);
        return;
      case 'time':
        if (typeof v === 'number' && !(v >= EARLIEST_TIME_MS && v <= LATEST_TIME_MS)) fail(steps, TIME_MESSAGE);
        return;
      case 'number':
        if (typeof v === 'number' && !Number.isFinite(v)) fail(steps, FINITE_MESSAGE);
        return;
      case 'array':
        if (!Array.isArray(v)) return;
        // Past its bound an array is refused whole; its items are not worth a walk.
        if (v.length > plan.maxItems) return fail(steps, itemsMessage(plan.maxItems));
        v.forEach((item, i) => walk(plan.items, item, stepInto(steps, i)));
        return;
      case 'map': {
        if (!isPlainObject(v)) return;
        const keys = Object.keys(v);
        if (keys.length > plan.maxEntries) return fail(steps, entriesMessage(plan.maxEntries));
        for (const key of keys) {
          const problem = mapKeyProblem(key);
          // The key would be part of the path: a bad one is named by its map alone.
          if (problem !== null) fail(steps, problem);
          else walk(plan.values, v[key], stepInto(steps, key));
        }
        return;
      }
      case 'record':
        if (!isPlainObject(v)) return;
        for (const field of plan.fields) walk(field.plan, v[field.name], stepInto(steps, field.name));
        return;
      case 'union': {
        const branch = plan.branches.find((b) => fits(b, v));
        if (branch !== undefined) walk(branch, v, steps);
        return;
      }
      case 'none':
        return;
    }
  };

  walk(planOf(schema), value, null);
  return errors;
}
