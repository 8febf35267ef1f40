// The typed client of an authority's api: one call per operation of the OpenAPI document, its input
// and answers typed from the document (openapi-types.ts, generated). It only builds the request and
// reads the answer; what an answer means is the caller's business, so every declared status comes
// back as a value, discriminated by `status`, and nothing is thrown for a refusal.
import { OPERATIONS, type Operations } from './openapi-types';

export type OperationId = keyof Operations;
export type InputOf<K extends OperationId> = Operations[K]['input'];
type Responses<K extends OperationId> = Operations[K]['responses'];
export type AnswerOf<K extends OperationId> = { [S in keyof Responses<K>]: { status: S; body: Responses<K>[S]; headers: Headers } }[keyof Responses<K>];

export interface ApiClient {
  call<K extends OperationId>(operation: K, ...input: Operations[K]['input'] extends Record<string, never> ? [] : [InputOf<K>]): Promise<AnswerOf<K>>;
  /** The same api, called with another bearer token. */
  as(token: string): ApiClient;
}

interface Input {
  path?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
}

export function apiClient(baseUrl: string, token?: string): ApiClient {
  return {
    as: (other) => apiClient(baseUrl, other),
    async call(operation, ...args) {
      const { method, path } = OPERATIONS[operation];
      const input = (args[0] ?? {}) as Input;
      const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(input.path?.[name] ?? ''));
      const query = new URLSearchParams(Object.entries(input.query ?? {}).flatMap(([k, v]): Array<[string, string]> => (v === undefined ? [] : [[k, String(v)]]))).toString();
      const headers: Record<string, string> = {};
      if (token !== undefined) headers.authorization = `Bearer ${token}`;
      if (input.body !== undefined) headers['content-type'] = 'application/json';
      const res = await fetch(`${baseUrl}${filled}${query === '' ? '' : `?${query}`}`, {
        method,
        headers,
        ...(input.body === undefined ? {} : { body: JSON.stringify(input.body) }),
      });
      const text = await res.text();
      // JSON answers are parsed; a CSV export comes back as its text.
      const json = (res.headers.get('content-type') ?? '').includes('json');
      return { status: res.status, body: text === '' ? undefined : json ? JSON.parse(text) : text, headers: res.headers } as AnswerOf<typeof operation>;
    },
  };
}
