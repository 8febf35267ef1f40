// Sources refer to shared types by name; registries and codecs need one self-contained schema.
// Avro allows a named type to be defined once and then referred to by name, so each named type is
// inlined where it is first met (depth first, the order Avro itself parses in) and left as a name
// afterwards. Anonymous aliases (a map with `typeAlias`) have no name to refer to and are copied at
// every use.
import { isJsonObject, type Json, type JsonObject } from './json';

const PRIMITIVES = new Set(['null', 'boolean', 'int', 'long', 'float', 'double', 'bytes', 'string']);
const NAMED = new Set(['record', 'error', 'enum', 'fixed']);
const COMPLEX = new Set([...NAMED, 'array', 'map']);

export type TypeSources = Readonly<Record<string, JsonObject>>;

function shortName(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

export function bundleSchema(record: JsonObject, types: TypeSources): JsonObject {
  const defined = new Set<string>();

  const visitName = (name: string, trail: readonly string[]): Json => {
    const short = shortName(name);
    if (PRIMITIVES.has(name) || defined.has(short)) return name;
    const source = types[short];
    if (source === undefined) throw new Error(`unknown type "${name}" (at ${trail.join(' > ')})`);
    if (trail.includes(short)) throw new Error(`type "${short}" refers to itself through ${trail.join(' > ')}`);
    return visit(source, [...trail, short]);
  };

  const visit = (node: Json, trail: readonly string[]): Json => {
    if (typeof node === 'string') return visitName(node, trail);
    if (Array.isArray(node)) return node.map((branch) => visit(branch, trail));
    if (!isJsonObject(node)) throw new Error(`not a schema: ${JSON.stringify(node)} (at ${trail.join(' > ')})`);
    const kind = typeof node.type === 'string' ? node.type : '';
    if (NAMED.has(kind) && typeof node.name === 'string') defined.add(shortName(node.name));
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'type' && !COMPLEX.has(kind)) || key === 'items' || key === 'values') out[key] = visit(value, trail);
      else if (key === 'fields' && Array.isArray(value)) out[key] = value.map((f) => visitField(f, trail));
      else out[key] = value;
    }
    return out;
  };

  const visitField = (field: Json, trail: readonly string[]): Json => {
    if (!isJsonObject(field) || field.type === undefined) throw new Error(`bad field at ${trail.join(' > ')}`);
    return { ...field, type: visit(field.type, [...trail, String(field.name)]) };
  };

  const bundled = visit(record, [String(record.name)]);
  if (!isJsonObject(bundled)) throw new Error('a record source must be a record');
  return bundled;
}
