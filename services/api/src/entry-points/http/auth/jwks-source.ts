// Where the keys come from: a file in the local stack, the identity provider's URL in deployment.
// Plain http is refused except on the loopback interface: whoever can change the keys in transit
// can mint any token.
import { readFile } from 'node:fs/promises';
import { CachedJwks, type JwksCacheOptions } from './cached-jwks';
import type { JwksSource } from './jwks';

const FETCH_TIMEOUT_MS = 5_000;
const MAX_DOCUMENT_BYTES = 1_000_000;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export function jwksSource(location: string, opts: JwksCacheOptions = {}): JwksSource {
  if (!/^https?:\/\//i.test(location)) return new CachedJwks(() => readFile(location, 'utf8'), opts);
  const url = new URL(location);
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) {
    throw new Error(`the JWKS URL ${location} must use https (plain http only on the loopback interface)`);
  }
  return new CachedJwks(() => fetchJwks(url), opts);
}

async function fetchJwks(url: URL): Promise<string> {
  // No redirects: one could lead off https or to another host's keys.
  const res = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET ${url.href} answered ${res.status}`);
  const text = await res.text();
  if (text.length > MAX_DOCUMENT_BYTES) throw new Error(`the JWKS document at ${url.href} is larger than ${MAX_DOCUMENT_BYTES} bytes`);
  return text;
}
