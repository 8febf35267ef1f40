// Calls to /v1 with the user's token; a refused call becomes an ApiError from its problem+json.
import { state } from './state.js';

export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail || title);
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

let unauthorized = () => {};

/** What to do when the api refuses the token (401): the page signs out, saying why (a catalog key). */
export function onUnauthorized(handler) {
  unauthorized = handler;
}

// A 429 (the token's rate, or two trends requests already in hand) is refused before anything is
// done, so a read is sent again after the Retry-After the api asks for, a few times at most.
const MOST_WAITS = 3;

async function fetchWaiting(path, init) {
  for (let waits = 0; ; waits++) {
    const res = await fetch(path, init);
    if (res.status !== 429 || waits >= MOST_WAITS || (init.method || 'GET') !== 'GET') return res;
    const seconds = Math.min(10, Math.max(1, Number(res.headers.get('retry-after')) || 1));
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  }
}

/** GET by default; `method` POST for the few actions the board takes (a match confirmed or dismissed). */
export async function api(path, method = 'GET') {
  const res = await fetchWaiting(path, { method, headers: { authorization: `Bearer ${state.token}`, accept: 'application/json' }, cache: 'no-store', credentials: 'omit' });
  const type = res.headers.get('content-type') || '';
  const body = type.includes('json') ? await res.json().catch(() => null) : null;
  if (!res.ok) {
    const err = new ApiError(res.status, (body && body.title) || res.statusText, body && body.detail);
    if (res.status === 401) unauthorized('signIn.sessionEnded');
    throw err;
  }
  return body;
}

/** A file the api makes (a CSV export): its bytes and the name the api gives it. */
export async function apiFile(path) {
  const res = await fetchWaiting(path, { headers: { authorization: `Bearer ${state.token}` }, cache: 'no-store', credentials: 'omit' });
  if (!res.ok) {
    const body = await res.json().catch(() => null);
    if (res.status === 401) unauthorized('signIn.sessionEnded');
    throw new ApiError(res.status, (body && body.title) || res.statusText, body && body.detail);
  }
  const disposition = res.headers.get('content-disposition') || '';
  const match = /filename="?([^";]+)"?/.exec(disposition);
  return { blob: await res.blob(), name: match ? match[1] : null };
}
