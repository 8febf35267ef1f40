// Requests for one operation of the OpenAPI document, drawn by fast-check: valid ones from its
// parameter and body schemas, and mutations of them (a parameter out of its pattern or bounds, a
// required one missing or repeated, a body field dropped, added or replaced, a body that is not
// JSON or not declared as JSON, no token, a role the route does not allow). Whether a request is
// valid is then asked of the document's schemas, never assumed from how it was made.
import fc from 'fast-check';
import type { Operation } from '../document';
import type { DocumentSchemas } from './document-schemas.test-helper';
import { SchemaArbitraries } from './schema-arbitrary.test-helper';

type Schema = Record<string, unknown>;
type Parameter = NonNullable<Operation['parameters']>[number];

export interface RequestParts {
  path: Record<string, string>;
  query: Array<[string, string]>;
  /** undefined: no body; `raw` bodies are sent as they are. */
  body?: { json: unknown } | { raw: string };
  contentType?: string;
  /** The token's role; undefined: no token. */
  role?: string;
  mutation: string;
}

export interface OperationTarget {
  method: string;
  template: string;
  op: Operation;
}

const ROLES = ['officer', 'border-branch', 'analyst', 'admin'];
// A path segment of '.' or '..' is resolved away by every URL parser: no client can send it.
const sendable = (segment: string): boolean => segment !== '.' && segment !== '..';

export class RequestArbitraries {
  private readonly values: SchemaArbitraries;

  /** `edges`: values at their bounds are drawn once in edges + 1 (schema-arbitrary.test-helper.ts). */
  constructor(private readonly schemas: DocumentSchemas, edges?: number) {
    this.values = new SchemaArbitraries(schemas, edges);
  }

  /** `known`: values worth drawing for a path parameter (ids the api gave out, plates in the view). */
  requests(target: OperationTarget, known: Record<string, readonly string[]>): fc.Arbitrary<RequestParts> {
    const valid = this.valid(target, known);
    return fc.oneof({ weight: 3, arbitrary: valid }, { weight: 2, arbitrary: valid.chain((parts) => this.mutated(target, parts)) });
  }

  /** Whether the document calls the request valid. */
  isValid(target: OperationTarget, parts: RequestParts): boolean {
    const { op } = target;
    if (op.security === undefined) {
      if (parts.role === undefined || !(op['x-roles'] ?? []).includes(parts.role)) return false;
    }
    const params = op.parameters ?? [];
    for (const p of params.filter((q) => q.in === 'path')) {
      const value = parts.path[p.name];
      if (value === undefined || !this.schemas.matches(p.schema, value)) return false;
    }
    for (const p of params.filter((q) => q.in === 'query')) {
      const given = parts.query.filter(([name]) => name === p.name).map(([, v]) => v);
      if (given.length > 1 || (p.required && given.length === 0)) return false;
      if (given.length === 1 && !this.schemas.matches(p.schema, queryValue(p.schema, given[0]!, this.schemas))) return false;
    }
    if (parts.query.some(([name]) => !params.some((p) => p.in === 'query' && p.name === name))) return false;
    const body = op.requestBody?.content['application/json']?.schema;
    if (body === undefined) return parts.body === undefined;
    return parts.contentType === 'application/json' && parts.body !== undefined && 'json' in parts.body && this.schemas.matches(body, parts.body.json);
  }

  /** Requests the document calls valid (isValid still says whether they are, e.g. after a filter). */
  valid(target: OperationTarget, known: Record<string, readonly string[]>): fc.Arbitrary<RequestParts> {
    const { op } = target;
    const params = op.parameters ?? [];
    const path = fc.record(
      Object.fromEntries(
        params
          .filter((p) => p.in === 'path')
          .map((p) => {
            const drawn = (this.values.of(p.schema) as fc.Arbitrary<string>).filter(sendable);
            const pool = known[p.name] ?? [];
            return [p.name, pool.length === 0 ? drawn : fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: drawn })];
          }),
      ),
    ) as fc.Arbitrary<Record<string, string>>;
    const query = fc.tuple(...params.filter((p) => p.in === 'query').map((p) => this.queryParam(p))).map((pairs) => pairs.flat());
    const bodySchema = op.requestBody?.content['application/json']?.schema;
    const body = bodySchema === undefined ? fc.constant(undefined) : this.values.of(bodySchema).map((json) => ({ json }));
    const role = op.security === undefined ? fc.constantFrom(...(op['x-roles'] ?? [])) : fc.constant(undefined);
    return fc.record({ path, query, body, role }).map(({ path: p, query: q, body: b, role: r }) => ({
      path: p,
      query: q,
      ...(b === undefined ? {} : { body: b, contentType: 'application/json' }),
      ...(r === undefined ? {} : { role: r }),
      mutation: 'none',
    }));
  }

  private queryParam(p: Parameter): fc.Arbitrary<Array<[string, string]>> {
    const value = this.values.of(p.schema).map((v) => [[p.name, String(v)]] as Array<[string, string]>);
    return p.required ? value : fc.oneof(fc.constant([] as Array<[string, string]>), value);
  }

  private mutated(target: OperationTarget, parts: RequestParts): fc.Arbitrary<RequestParts> {
    const { op } = target;
    const params = op.parameters ?? [];
    const kinds: Array<fc.Arbitrary<RequestParts>> = [];
    const odd = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', '0', '-1', '101', '1.5', '05', 'x', '2025-02-30', '2025-11-10T08:30Z', 'LA-btn', '%', ' ', '0000-01-01', '1899-12-31', '2201-01-01T00:00:00Z', '1900-01-01T00:00:00+00:01', 'XXX-YYY', '1.'));
    if (op.security === undefined) {
      kinds.push(fc.constant({ ...parts, role: undefined, mutation: 'no token' }));
      const others = ROLES.filter((r) => !(op['x-roles'] ?? []).includes(r));
      if (others.length > 0) kinds.push(fc.constantFrom(...others).map((role) => ({ ...parts, role, mutation: 'role not allowed' })));
    }
    for (const p of params.filter((q) => q.in === 'path')) {
      kinds.push(fc.string({ minLength: 1, maxLength: 60 }).filter(sendable).map((v) => ({ ...parts, path: { ...parts.path, [p.name]: v }, mutation: `path ${p.name}` })));
    }
    for (const p of params.filter((q) => q.in === 'query')) {
      const others = parts.query.filter(([name]) => name !== p.name);
      kinds.push(odd.map((v) => ({ ...parts, query: [...others, [p.name, v]], mutation: `query ${p.name}` })));
      kinds.push(odd.map((v) => ({ ...parts, query: [...others, [p.name, v], [p.name, v]], mutation: `query ${p.name} twice` })));
      if (p.required) kinds.push(fc.constant({ ...parts, query: others, mutation: `query ${p.name} missing` }));
    }
    const body = parts.body !== undefined && 'json' in parts.body ? parts.body.json : undefined;
    if (body !== undefined) {
      const schema = this.schemas.resolve(String((op.requestBody!.content['application/json']!.schema as Schema).$ref));
      const required = (schema.required ?? []) as string[];
      if (required.length > 0) kinds.push(fc.constantFrom(...required).map((name) => ({ ...parts, body: { json: omit(body, name) }, mutation: `body without ${name}` })));
      kinds.push(fc.constant({ ...parts, body: { json: { ...(body as object), unexpected: 1 } }, mutation: 'body with an unknown field' }));
      const nodes = pathsOf(body);
      kinds.push(fc.tuple(fc.nat(nodes.length - 1), fc.jsonValue({ maxDepth: 2 })).map(([i, v]) => ({ ...parts, body: { json: replaced(body, nodes[i]!, v) }, mutation: `body ${nodes[i]!.join('.') || '(root)'} replaced` })));
      kinds.push(fc.constant({ ...parts, body: { raw: '{"meta": ' }, mutation: 'body not JSON' }));
      kinds.push(fc.constant({ ...parts, contentType: 'text/plain', mutation: 'body as text/plain' }));
    }
    return kinds.length === 0 ? fc.constant(parts) : fc.oneof(...kinds);
  }
}

/** A query parameter's text as the value its schema judges: integers are numbers when written as one. */
function queryValue(schema: Schema, text: string, schemas: DocumentSchemas): unknown {
  const resolved = typeof schema.$ref === 'string' ? schemas.resolve(schema.$ref) : schema;
  return resolved.type === 'integer' && /^(0|-?[1-9][0-9]*)$/.test(text) ? Number(text) : text;
}

function omit(value: unknown, name: string): unknown {
  const { [name]: _dropped, ...rest } = value as Record<string, unknown>;
  return rest;
}

/** Every path to a node of a JSON value, the root included. */
function pathsOf(value: unknown, at: string[] = []): string[][] {
  const here = [at];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsOf(v, [...at, String(i)]))];
  if (value !== null && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, k]))];
  return here;
}

function replaced(value: unknown, path: string[], by: unknown): unknown {
  if (path.length === 0) return by;
  const [step, ...rest] = path as [string, ...string[]];
  if (Array.isArray(value)) return value.map((v, i) => (String(i) === step ? replaced(v, rest, by) : v));
  return { ...(value as object), [step]: replaced((value as Record<string, unknown>)[step], rest, by) };
}
