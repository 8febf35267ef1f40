// A small JSON HTTP client for tests and the demo seed.
export interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

export async function callJson(baseUrl: string, method: string, path: string, body?: unknown): Promise<Answer> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}
