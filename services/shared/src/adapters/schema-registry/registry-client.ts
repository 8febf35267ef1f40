// A thin client of the Confluent-compatible schema registry API (Apicurio's /apis/ccompat/v7 in the
// local stack). Registered ids and fetched schemas are cached: a schema id never changes meaning.
import { AppError } from '../../errors/app-error';

export type Compatibility = 'BACKWARD' | 'BACKWARD_TRANSITIVE' | 'FORWARD' | 'FORWARD_TRANSITIVE' | 'FULL' | 'FULL_TRANSITIVE' | 'NONE';

export interface RegistryClientOptions {
  baseUrl: string;
  timeoutMs?: number;
  /** How long an id the registry does not know (or answers no Avro schema for) is remembered as such; default 30 s. */
  missTtlMs?: number;
  /** The clock misses age by (tests move it). */
  now?: () => number;
}

/** At most this many ids are remembered as misses, so a flood of made-up ids cannot grow the cache without end. */
export const MAX_REMEMBERED_MISSES = 10_000;
const DEFAULT_MISS_TTL_MS = 30_000;

const CONTENT_TYPE = 'application/vnd.schemaregistry.v1+json';

export class RegistryClient {
  private readonly idBySchema = new Map<string, number>();
  private readonly schemaById = new Map<number, Promise<string>>();
  // Ids whose lookup failed for good (unknown, not Avro, an answer that is no schema), by when the
  // failure may be forgotten: a partner writing made-up schema ids costs one registry request per
  // id and TTL, not one per message. Insertion order is age order, so the oldest go first.
  private readonly misses = new Map<number, { error: AppError; until: number }>();
  private readonly timeoutMs: number;
  private readonly missTtlMs: number;
  private readonly now: () => number;

  constructor(private readonly opts: RegistryClientOptions) {
    this.timeoutMs = opts.timeoutMs ?? 5000;
    this.missTtlMs = opts.missTtlMs ?? DEFAULT_MISS_TTL_MS;
    this.now = opts.now ?? Date.now;
  }

  /** Registers (or finds) `schema` under `subject`; the registry refuses an incompatible one with 409. */
  async register(subject: string, schema: string): Promise<number> {
    const key = `${subject}\u0000${schema}`;
    const cached = this.idBySchema.get(key);
    if (cached !== undefined) return cached;
    const body = await this.call('POST', `/subjects/${encodeURIComponent(subject)}/versions`, { schema, schemaType: 'AVRO' });
    const id = (body as { id: number }).id;
    this.idBySchema.set(key, id);
    return id;
  }

  /**
   * The Avro writer schema for an id read off the wire. Unknown ids fail with
   * `registry-unknown-schema-id`, a schema of another type with `registry-not-avro`, an answer
   * that holds no schema with `registry-bad-answer`; each is remembered for a while (missTtlMs).
   */
  getSchema(id: number): Promise<string> {
    const miss = this.misses.get(id);
    if (miss !== undefined && miss.until > this.now()) return Promise.reject(miss.error);
    if (miss !== undefined) this.misses.delete(id);
    let pending = this.schemaById.get(id);
    if (!pending) {
      pending = this.call('GET', `/schemas/ids/${id}`).then((body) => avroSchemaOf(id, body));
      // A failed lookup must not poison the cache: a retriable one is asked again at the next read,
      // one that failed for good is remembered as a miss for a while.
      pending.catch((err: unknown) => {
        this.schemaById.delete(id);
        if (err instanceof AppError && !err.retriable) this.rememberMiss(id, err);
      });
      this.schemaById.set(id, pending);
    }
    return pending;
  }

  /** Remembers that `id` cannot be read, for missTtlMs (bounded: the oldest miss is forgotten first). */
  rememberMiss(id: number, error: AppError): void {
    if (this.misses.size >= MAX_REMEMBERED_MISSES) this.misses.delete(this.misses.keys().next().value!);
    this.misses.set(id, { error, until: this.now() + this.missTtlMs });
  }

  /** Whether the registry answers at all: tells a registry that is down from one that fails on one id. */
  async answers(): Promise<boolean> {
    try {
      await this.call('GET', '/subjects');
      return true;
    } catch {
      return false;
    }
  }

  async setCompatibility(subject: string, level: Compatibility): Promise<void> {
    await this.call('PUT', `/config/${encodeURIComponent(subject)}`, { compatibility: level });
  }

  async getCompatibility(subject: string): Promise<Compatibility> {
    const body = (await this.call('GET', `/config/${encodeURIComponent(subject)}`)) as { compatibilityLevel: Compatibility };
    return body.compatibilityLevel;
  }

  async versions(subject: string): Promise<number[]> {
    return (await this.call('GET', `/subjects/${encodeURIComponent(subject)}/versions`)) as number[];
  }

  private async call(method: string, path: string, payload?: unknown): Promise<unknown> {
    const url = `${this.opts.baseUrl}${path}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: { 'content-type': CONTENT_TYPE, accept: CONTENT_TYPE },
        body: payload === undefined ? null : JSON.stringify(payload),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (err) {
      throw new AppError('registry-unreachable', `schema registry at ${this.opts.baseUrl} is unreachable: ${(err as Error).message}`, {
        retriable: true,
        cause: err,
      });
    }
    const text = await response.text();
    if (!response.ok) throw errorFor(method, path, response.status, text);
    if (!text) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch (err) {
      throw new AppError('registry-bad-answer', `${method} ${path}: registry answered ${response.status} with no JSON: ${text.slice(0, 100)}`, { cause: err });
    }
  }
}

/** The schema text of a GET /schemas/ids/{id} answer, if it is an Avro schema. */
function avroSchemaOf(id: number, body: unknown): string {
  const answer = body as { schema?: unknown; schemaType?: unknown } | null;
  if (answer === null || typeof answer !== 'object' || typeof answer.schema !== 'string') {
    throw new AppError('registry-bad-answer', `the registry's answer for schema ${id} holds no schema`);
  }
  // The Confluent API leaves schemaType out for Avro, its default.
  if (answer.schemaType !== undefined && answer.schemaType !== 'AVRO') {
    throw new AppError('registry-not-avro', `schema ${id} is a ${String(answer.schemaType).slice(0, 20)} schema, not Avro`);
  }
  return answer.schema;
}

function errorFor(method: string, path: string, status: number, text: string): AppError {
  const message = `${method} ${path}: registry answered ${status} ${text.slice(0, 300)}`;
  if (status === 409) return new AppError('registry-incompatible-schema', message);
  if (status === 404 && path.startsWith('/schemas/ids/')) return new AppError('registry-unknown-schema-id', message);
  if (status === 422) return new AppError('registry-invalid-schema', message);
  return new AppError('registry-error', message, { retriable: status >= 500 });
}
