// A refused message's headers as a dead letter may keep them. Header names come from whoever wrote
// the message, and a document key cannot hold what a Kafka header name can (a NUL byte, a leading
// `$`, a dot, `__proto__`): such a name is kept percent-encoded, so the entry can always be stored
// and an admin still sees exactly which bytes arrived. Count and sizes are bounded, because a
// partner decides how many headers and how long: what it can make this authority store must not be.
import type { KafkaHeaders } from '@bex/shared';

export const MAX_KEPT_HEADERS = 32;
export const MAX_HEADER_NAME_CHARS = 128;
export const MAX_HEADER_VALUE_CHARS = 1024;

export interface StorableHeaders {
  headers: Record<string, string>;
  /** Headers left out beyond MAX_KEPT_HEADERS, and names or values cut to their bound. */
  headersCut: number;
}

// Every character outside these is percent-encoded in a name; the common header names (bex-signature,
// content-type, traceparent) stay as they are.
const PLAIN_NAME_CHAR = /[A-Za-z0-9_-]/;

export function storableHeaderName(name: string): string {
  if (name === '__proto__') return '%5F%5Fproto%5F%5F';
  let out = '';
  for (const ch of name) {
    out += PLAIN_NAME_CHAR.test(ch) ? ch : [...Buffer.from(ch, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  }
  return out === '' ? '%' : out;
}

function text(value: Buffer | string): string {
  return Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
}

export function storableHeaders(headers: KafkaHeaders | undefined): StorableHeaders {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  let headersCut = 0;
  const entries = Object.entries(headers ?? {});
  for (const [name, raw] of entries) {
    if (raw === undefined) continue;
    if (Object.keys(out).length >= MAX_KEPT_HEADERS) {
      headersCut++;
      continue;
    }
    let key = storableHeaderName(name);
    if (key.length > MAX_HEADER_NAME_CHARS) {
      key = key.slice(0, MAX_HEADER_NAME_CHARS);
      headersCut++;
    }
    let value = Array.isArray(raw) ? (raw as ReadonlyArray<Buffer | string>).map(text).join(',') : text(raw as Buffer | string);
    if (value.length > MAX_HEADER_VALUE_CHARS) {
      value = value.slice(0, MAX_HEADER_VALUE_CHARS);
      headersCut++;
    }
    // Two names may encode or cut to one key: the later is kept beside, not over, the first.
    let unique = key;
    for (let n = 2; Object.hasOwn(out, unique); n++) unique = `${key.slice(0, MAX_HEADER_NAME_CHARS - String(n).length - 1)}~${n}`;
    out[unique] = value;
  }
  return { headers: { ...out }, headersCut };
}
