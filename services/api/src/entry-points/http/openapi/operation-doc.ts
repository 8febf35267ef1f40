// What a route tells the OpenAPI document about itself, declared beside its handler in the route
// table: the parameters it reads (the same specs it reads them with), the record its body carries,
// its answer, the refusals of its own, and the rules that refuse a request the schemas call valid.
// document.ts adds what every route shares and builds the document from the tables.
import type { RecordTypeName } from '@bex/shared';
import type { ParamSpecs } from '../../../domain/query-params';

/** A problem answer: its status, the problem types (problem.ts codes) it carries, and when. */
export interface ProblemDoc {
  status: number;
  codes: readonly string[];
  description: string;
}

/**
 * A rule the schemas cannot state: a request that breaks it is refused (400) with an error of this
 * path and message. Clients learn why; the generated-request test accepts such a refusal only when
 * every error it names is one of these.
 */
export interface FieldRule {
  path: string;
  message: string;
}

export interface OperationDoc {
  /** The name of the typed client's method. */
  operationId: string;
  summary: string;
  description?: string;
  /** Query parameters the route reads; others are refused. Absent: the route reads no query string. */
  query?: ParamSpecs;
  path?: ParamSpecs;
  /** The body carries the content of a record of this type (submissions, amendments). */
  body?: RecordTypeName;
  ok: { status: 200 | 202; description: string; schema: string; mediaType?: 'application/json' | 'text/csv' };
  refusals?: readonly ProblemDoc[];
  rules?: readonly FieldRule[];
}

/** A route outside /v1: no token, no body. */
export interface OpenRoute {
  method: 'get';
  path: string;
  doc: OperationDoc;
}
