// Writes the typed client's TypeScript from the OpenAPI document: a type per component schema, and
// per operation its method, path, input (path and query parameters, body) and answers by status.
// The document is the only input, so the client says what the document says; client-types.spec.ts
// fails when the committed file differs from what the document produces now.
type Schema = Record<string, unknown>;

interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  description?: string;
  schema: Schema;
}

interface Operation {
  operationId: string;
  summary?: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}

export interface ClientDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

const REF = '#/components/schemas/';
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const key = (name: string): string => (IDENTIFIER.test(name) ? name : JSON.stringify(name));
const doc = (text: unknown, indent: string): string => (typeof text === 'string' ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\n+/g, ' ')} */\n` : '');
const union = (parts: string[]): string => {
  const unique = [...new Set(parts)];
  return unique.length === 1 ? unique[0]! : unique.map((p) => (p.includes(' ') && !p.startsWith('{') ? `(${p})` : p)).join(' | ');
};

/** The TypeScript type of a JSON Schema of the document. */
export function typeOf(schema: Schema, indent = ''): string {
  if (typeof schema.$ref === 'string') return schema.$ref.slice(REF.length);
  if ('const' in schema) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return union(schema.enum.map((v) => JSON.stringify(v)));
  if (Array.isArray(schema.anyOf ?? schema.oneOf)) return union(((schema.anyOf ?? schema.oneOf) as Schema[]).map((s) => typeOf(s, indent)));
  if (Array.isArray(schema.allOf)) {
    // if/then only narrows values the base type already admits.
    const parts = (schema.allOf as Schema[]).filter((s) => s.if === undefined).map((s) => typeOf(s, indent));
    const base = Object.keys(schema).some((k) => ['type', 'properties'].includes(k)) ? [typeOf({ ...schema, allOf: undefined }, indent)] : [];
    return [...base, ...parts].join(' & ') || 'unknown';
  }
  if (Array.isArray(schema.type)) return union((schema.type as string[]).map((type) => typeOf({ ...schema, type }, indent)));
  switch (schema.type) {
    case 'null': return 'null';
    case 'boolean': return 'boolean';
    case 'integer':
    case 'number': return 'number';
    case 'string': return 'string';
    case 'array': return `Array<${typeOf((schema.items ?? {}) as Schema, indent)}>`;
    case 'object':
    case undefined: return objectType(schema, indent);
    default: return 'unknown';
  }
}

function objectType(schema: Schema, indent: string): string {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = (schema.required ?? []) as string[];
  const extra = schema.additionalProperties;
  if (Object.keys(properties).length === 0) {
    if (typeof extra === 'object' && extra !== null) {
      const names = (schema.propertyNames as Schema | undefined)?.enum;
      const value = typeOf(extra as Schema, indent);
      return Array.isArray(names) ? `Partial<Record<${union(names.map((n) => JSON.stringify(n)))}, ${value}>>` : `Record<string, ${value}>`;
    }
    return schema.type === 'object' || extra === false ? 'Record<string, unknown>' : 'unknown';
  }
  const inner = `${indent}  `;
  const lines = Object.entries(properties).map(([name, s]) => `${doc(s.description, inner)}${inner}${key(name)}${required.includes(name) ? '' : '?'}: ${typeOf(s, inner)};\n`);
  // A part of an allOf (no type of its own) narrows another type; it adds no keys of its own.
  if (extra !== false && schema.type === 'object') lines.push(`${inner}[key: string]: unknown;\n`);
  return `{\n${lines.join('')}${indent}}`;
}

function inputOf(op: Operation): string {
  const params = op.parameters ?? [];
  const group = (where: 'path' | 'query'): string | undefined => {
    const ps = params.filter((p) => p.in === where);
    if (ps.length === 0) return undefined;
    return `{ ${ps.map((p) => `${key(p.name)}${p.required ? '' : '?'}: ${typeOf(p.schema)}`).join('; ')} }`;
  };
  const path = group('path');
  const query = group('query');
  const body = op.requestBody?.content['application/json']?.schema;
  const parts = [
    path === undefined ? undefined : `path: ${path}`,
    query === undefined ? undefined : `query?: ${query}`,
    body === undefined ? undefined : `body: ${typeOf(body)}`,
  ].filter((p): p is string => p !== undefined);
  return parts.length === 0 ? 'Record<string, never>' : `{ ${parts.join('; ')} }`;
}

function responsesOf(op: Operation): string {
  const lines = Object.entries(op.responses).map(([status, r]) => {
    const content = Object.values(r.content ?? {})[0];
    return `      ${status}: ${content === undefined ? 'undefined' : typeOf(content.schema, '      ')};\n`;
  });
  return `{\n${lines.join('')}    }`;
}

export function generateClientTypes(document: ClientDocument): string {
  const out: string[] = [
    '// Generated from the api\'s OpenAPI document by `npm run generate:client -w @bex/api`; do not edit.\n',
    '// client-types.spec.ts fails when this file differs from what the document produces.\n\n',
  ];
  for (const [name, schema] of Object.entries(document.components.schemas)) {
    out.push(`${doc((schema as Schema).description, '')}export type ${name} = ${typeOf(schema as Schema)};\n\n`);
  }
  const operations = Object.entries(document.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method: method.toUpperCase(), op })));
  out.push('export interface Operations {\n');
  for (const { path, method, op } of operations) {
    out.push(`${doc(op.summary, '  ')}  ${op.operationId}: {\n    method: '${method}';\n    path: '${path}';\n    input: ${inputOf(op)};\n    responses: ${responsesOf(op)};\n  };\n`);
  }
  out.push('}\n\n/** Where each operation is served, for the client to build its requests. */\n');
  out.push(`export const OPERATIONS = {\n${operations.map(({ path, method, op }) => `  ${op.operationId}: { method: '${method}', path: '${path}' },\n`).join('')}} as const;\n`);
  return out.join('');
}
