// A thin client of the Confluent-compatible schema registry API (Apicurio's /apis/ccompat/v7 in the
// local stack). Registered ids and fetched schemas are cached: a schema id never changes meaning.
import { AppError } from '../../errors/app-error';

export type Compatibility = 'BACKWARD' | 'BACKWARD_TRANSITIVE' | 'FORWARD' | 'FORWARD_TRANSITIVE' | 'FULL' | 'FULL_TRANSITIVE' | 'NONE';

export interface RegistryClientOptions {
  baseUrl: string;
  timeoutMs?: number;
}

const CONTENT_TYPE = 'application/vnd.schemaregistry.v1+json';

export class RegistryClient {
  private readonly idBySchema = new Map<string, number>();
  private readonly schemaById = new Map<number, Promise<string>>();
  private readonly timeoutMs: number;

  constructor(private readonly opts: RegistryClientOptions) {
    this.timeoutMs = opts.timeoutMs ?? 5000;
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

  /** The writer schema for an id read off the wire. Unknown ids fail with `registry-unknown-schema-id`. */
  getSchema(id: number): Promise<string> {
    let pending = this.schemaById.get(id);
    if (!pending) {
      pending = this.call('GET', `/schemas/ids/${id}`).then((body) => (body as { schema: string }).schema);
      // A failed lookup must not poison the cache: the next read asks again.
      pending.catch(() => this.schemaById.delete(id));
      this.schemaById.set(id, pending);
    }
    return pending;
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
    if (response.ok) return text ? (JSON.parse(text) as unknown) : undefined;
    throw errorFor(method, path, response.status, text);
  }
}

function errorFor(method: string, path: string, status: number, text: string): AppError {
  const message = `${method} ${path}: registry answered ${status} ${text.slice(0, 300)}`;
  if (status === 409) return new AppError('registry-incompatible-schema', message);
  if (status === 404 && path.startsWith('/schemas/ids/')) return new AppError('registry-unknown-schema-id', message);
  if (status === 422) return new AppError('registry-invalid-schema', message);
  return new AppError('registry-error', message, { retriable: status >= 500 });
}
