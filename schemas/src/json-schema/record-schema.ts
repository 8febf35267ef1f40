// A record's JSON Schema (2020-12, as OpenAPI 3.1 uses it), derived from the latest committed Avro
// version, so the HTTP contract of a record cannot say other than its Avro contract: date-times
// are ISO-8601 strings within the years validateRecord allows, each `format` becomes its pattern,
// enum or bounds, each string, array and map states its size (validate/bounds.ts), and the cross-field rules
// of validate/record-rules.ts become conditions where JSON Schema can state them and are listed under
// `x-rules` where it cannot (one time after another). Named Avro types become shared definitions.
import { isJsonObject, type Json, type JsonObject } from '../bundle/json';
import type { RecordName } from '../records';
import { boundOf, MAP_KEY_MAX_LENGTH, MAP_KEY_PATTERN, NO_NUL_PATTERN, type ResolvedBound } from '../validate/bounds';
import { ORDERED_TIMES, orderMessage, REQUIRED_WHILE_LIVE } from '../validate/record-rules';
import { loadSchema } from '../versions/load-schema';
import { DATE_TIME_SCHEMA, formatSchema, keyFormatSchema } from './format-schemas';

export interface RecordSchemaOptions {
  /** Where a named type's definition will be found, e.g. `#/components/schemas/${name}`. */
  ref(name: string): string;
  /**
   * `live`: a record as a client submits it (fields with a default may be left out; what a live
   * record needs is required). `stored`: the JSON form an api answers with (every field present).
   */
  form: 'live' | 'stored';
  /** Meta inline without the `omit` fields (the server sets them); `optional` ones may be left out too. */
  meta?: { omit: readonly string[]; optional: readonly string[] };
}

export interface RecordSchema {
  schema: JsonObject;
  /** The named types the schema refers to, by name; the same for every form and record. */
  defs: Record<string, JsonObject>;
}

/** A rule the schema cannot express; a record that breaks it is refused with this path and message. */
export interface RecordRule {
  path: string;
  message: string;
}

const INT = { type: 'integer', minimum: -(2 ** 31), maximum: 2 ** 31 - 1 };
const PRIMITIVES: Record<string, JsonObject> = {
  null: { type: 'null' },
  boolean: { type: 'boolean' },
  int: INT,
  long: { type: 'integer', minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER },
  float: { type: 'number' },
  double: { type: 'number' },
  string: { type: 'string' },
};

// Conditions of validate/record-rules.ts that JSON Schema can say, by the named type or record they
// constrain: `when` the first schema matches, the second must too.
const CONDITIONS: Record<string, Array<{ form: 'live' | 'any'; when: JsonObject; then: JsonObject }>> = {
  GoodsLine: [{ form: 'any', when: { properties: { value: { type: 'string' } }, required: ['value'] }, then: { properties: { currency: { type: 'string' } }, required: ['currency'] } }],
  PolicyChange: [
    { form: 'live', when: { properties: { changeType: { const: 'CHECKPOINT_STATUS' } }, required: ['changeType'] }, then: { properties: { checkpointStatus: { not: { type: 'null' } } }, required: ['checkpointStatus'] } },
  ],
};

// Formats whose schema is long or shared: a definition of their own, by this name, instead of inline.
const FORMAT_DEFS: Record<string, string> = {
  country: 'CountryCode',
  currency: 'CurrencyCode',
  unit: 'UnitCode',
  'gate-code': 'GateCode',
  'hs-code': 'HsCode',
  uuid: 'Uuid',
  'transport-mode': 'TransportMode',
};

const shortName = (name: string): string => name.slice(name.lastIndexOf('.') + 1);
const withDoc = (schema: JsonObject, doc: Json | undefined): JsonObject => (typeof doc === 'string' ? { ...schema, description: doc } : schema);

export function recordSchema(recordName: RecordName, options: RecordSchemaOptions): RecordSchema {
  const defs: Record<string, JsonObject> = {};
  const avroNamed = new Map<string, JsonObject>();

  const conditions = (name: string, schema: JsonObject): JsonObject => {
    const rules = (CONDITIONS[name] ?? []).filter((c) => c.form === 'any' || c.form === options.form);
    return rules.length === 0 ? schema : { ...schema, allOf: rules.map((c) => ({ if: c.when, then: c.then })) };
  };

  const record = (node: JsonObject, requireAll: boolean, only?: RecordSchemaOptions['meta']): JsonObject => {
    const fields = (Array.isArray(node.fields) ? node.fields : []).filter(isJsonObject).filter((f) => only === undefined || !only.omit.includes(String(f.name)));
    const owner = shortName(String(node.name));
    const properties: JsonObject = {};
    const required: string[] = [];
    for (const field of fields) {
      const name = String(field.name);
      let schema = withDoc(convert(field.type ?? null, boundOf(owner, name), field), field.doc);
      if (field.default !== undefined && !requireAll) schema = { ...schema, default: field.default };
      properties[name] = schema;
      const optional = field.default !== undefined || (only?.optional.includes(name) ?? false);
      if (requireAll || !optional) required.push(name);
    }
    return withDoc({ type: 'object', properties, required, additionalProperties: false }, node.doc);
  };

  const named = (node: JsonObject): JsonObject => {
    const name = shortName(String(node.name));
    avroNamed.set(name, node);
    if (!(name in defs)) {
      defs[name] = {}; // claims the name first: a record may refer to itself
      defs[name] = node.type === 'enum'
        ? withDoc({ type: 'string', enum: node.symbols ?? [] }, node.doc)
        : node.type === 'fixed' ? withDoc({ type: 'string' }, node.doc) : conditions(name, record(node, false));
    }
    return { $ref: options.ref(name) };
  };

  const shared = (name: string, schema: JsonObject): JsonObject => {
    defs[name] ??= schema;
    return { $ref: options.ref(name) };
  };

  const convert = (node: Json, bound: ResolvedBound, field?: JsonObject): JsonObject => {
    const format = typeof field?.format === 'string' ? formatSchema(field.format, field) : {};
    const formatDef = typeof field?.format === 'string' ? FORMAT_DEFS[field.format] : undefined;
    if (typeof node === 'string') {
      if (node === 'null') return PRIMITIVES.null!;
      // A shared format's pattern or code list bounds it more tightly than any length.
      if (formatDef !== undefined && node === 'string') return shared(formatDef, format);
      if (node === 'string') return stringSchema(format, bound);
      if (node in PRIMITIVES) return { ...PRIMITIVES[node], ...format };
      const known = avroNamed.get(shortName(node));
      if (known === undefined) throw new Error(`${recordName}: unknown Avro type ${node}`);
      return { $ref: options.ref(shortName(node)) };
    }
    if (Array.isArray(node)) return { anyOf: node.map((branch) => convert(branch, bound, field)) };
    if (!isJsonObject(node)) throw new Error(`${recordName}: not an Avro type: ${JSON.stringify(node)}`);
    if (node.logicalType === 'timestamp-millis') return shared('DateTime', DATE_TIME_SCHEMA);
    if (node.type === 'record' || node.type === 'enum' || node.type === 'fixed') return named(node);
    if (node.type === 'array') return { type: 'array', items: convert(node.items ?? null, bound, field), maxItems: bound.maxItems };
    if (node.type === 'map') {
      const keyFormat = typeof node.keyFormat === 'string' ? keyFormatSchema(node.keyFormat) : { type: 'string' };
      const keys = { ...keyFormat, minLength: 1, maxLength: MAP_KEY_MAX_LENGTH, pattern: MAP_KEY_PATTERN.source };
      return withDoc({ type: 'object', additionalProperties: convert(node.values ?? null, bound), propertyNames: keys, maxProperties: bound.maxEntries }, node.doc);
    }
    return convert(node.type ?? null, bound, field);
  };

  const root = loadSchema(recordName);
  const fields = (Array.isArray(root.fields) ? root.fields : []).filter(isJsonObject);
  const metaField = fields.find((f) => f.name === 'meta');
  const metaType = metaField?.type;
  if (!isJsonObject(metaType)) throw new Error(`${recordName}: meta is not an inline record`);
  if (options.meta) {
    // The caller's part of meta, inline; the named types in meta are registered as at their first use.
    named(metaType);
    delete defs.RecordMeta;
  }
  const content = options.meta ? fields.filter((f) => f !== metaField) : fields;
  let schema = record({ ...root, fields: content }, options.form === 'stored');
  if (options.meta) {
    const meta = withDoc(record(metaType, false, options.meta), 'The meta fields a caller controls; the server sets the others (id, revision, source, status, times of issue).');
    schema = { ...schema, properties: { meta, ...(schema.properties as JsonObject) }, required: ['meta', ...(schema.required as string[])] };
  }
  if (options.form === 'live') schema = { ...schema, ...liveRequirements(recordName, schema) };
  // A live record is what a client sends: it learns the rules it can break that the schema cannot state.
  const rules: JsonObject = options.form === 'live' ? { 'x-rules': rulesOf(recordName, options) as unknown as Json } : {};
  return { schema: conditions(recordName, { ...schema, ...rules }), defs };
}

/** A string's schema: its format's, bounded in length, and free of NUL where it is a key. */
function stringSchema(format: JsonObject, bound: ResolvedBound): JsonObject {
  if (bound.key && typeof format.pattern === 'string') throw new Error('a key string with a format pattern needs both patterns stated');
  return { ...PRIMITIVES.string, ...format, maxLength: bound.maxLength, ...(bound.key ? { pattern: NO_NUL_PATTERN.source } : {}) };
}

/** What a live record needs beyond its Avro type: its substance, not null and not empty. */
function liveRequirements(recordName: RecordName, schema: JsonObject): JsonObject {
  const properties = { ...(schema.properties as JsonObject) };
  for (const name of REQUIRED_WHILE_LIVE[recordName]) {
    const property = properties[name];
    if (!isJsonObject(property)) throw new Error(`${recordName} has no field ${name}`);
    const branches = Array.isArray(property.anyOf) ? property.anyOf.filter((b) => !(isJsonObject(b) && b.type === 'null')) : [property];
    const { anyOf: _anyOf, default: _default, ...rest } = property;
    const only = branches.length === 1 && isJsonObject(branches[0]) ? branches[0] : { anyOf: branches };
    properties[name] = { ...rest, ...only, ...(only.type === 'array' ? { minItems: 1 } : {}) };
  }
  const required = [...new Set([...(schema.required as string[]), ...REQUIRED_WHILE_LIVE[recordName]])];
  return { properties, required };
}

/** The rules no JSON Schema can state, as the paths and messages validateRecord gives when they break. */
export function rulesOf(recordName: RecordName, options: Pick<RecordSchemaOptions, 'meta'> = {}): RecordRule[] {
  return ORDERED_TIMES[recordName]
    .filter(([, after]) => !after.startsWith('meta.') || !(options.meta?.omit.includes(after.slice(5)) ?? false))
    .map(([before, after]) => ({ path: after, message: orderMessage(before) }));
}
