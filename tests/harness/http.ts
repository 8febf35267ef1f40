// A small JSON HTTP client for tests that send what the typed client (@bex/api apiClient) does
// not: any path, method or body.
export interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

export async function callJson(baseUrl: string, method: string, path: string, body?: unknown, token?: string): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}
