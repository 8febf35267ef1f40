// Avro values in the Confluent wire format against the registry. Writers register once (and set
// their subject to FULL_TRANSITIVE), then encode synchronously; readers resolve the writer's schema
// by id (cached) into their own reader schema, so old and new versions read each other.
import avro from 'avsc';
import { checkAvroBodyBounds } from '../../domain/wire/avro-body-bounds';
import { frame, unframe } from '../../domain/wire/confluent-frame';
import { AppError } from '../../errors/app-error';
import type { RegistryClient } from './registry-client';

export interface Writer<T> {
  subject: string;
  schemaId: number;
  encode(value: T): Buffer;
}

export interface Decoded<T> {
  schemaId: number;
  value: T;
}

function parseWriterSchema(schemaId: number, text: string): avro.Type {
  try {
    return avro.Type.forSchema(JSON.parse(text) as avro.Schema);
  } catch (err) {
    throw new AppError('avro-bad-writer-schema', `schema ${schemaId} is not a readable Avro schema: ${(err as Error).message.slice(0, 200)}`, { cause: err });
  }
}

export class AvroSerde {
  private readonly writerTypes = new Map<number, Promise<avro.Type>>();
  private readonly resolvers = new WeakMap<avro.Type, Map<number, avro.Resolver>>();

  constructor(private readonly registry: RegistryClient) {}

  /** Subject per record name: any tool using the record-name strategy finds it. */
  static subjectFor(type: avro.Type): string {
    if (!type.name) throw new AppError('avro-unnamed-type', 'only named record types can be registered');
    return type.name;
  }

  async writer<T>(type: avro.Type): Promise<Writer<T>> {
    const subject = AvroSerde.subjectFor(type);
    await this.registry.setCompatibility(subject, 'FULL_TRANSITIVE');
    // exportAttrs keeps field defaults and logical types: without them the registry would judge
    // (and other tools would read) a schema that cannot evolve.
    const schemaId = await this.registry.register(subject, JSON.stringify(type.schema({ exportAttrs: true })));
    return {
      subject,
      schemaId,
      encode: (value: T) => frame(schemaId, type.toBuffer(value)),
    };
  }

  /**
   * Looks up, a few at a time, the writer schemas of the ids these framed values name that are
   * not known yet, so that a batch naming many ids (a partner's made-up ones) waits for about one
   * registry answer instead of one after another. Failures are left for decode to meet and judge.
   */
  async warm(values: ReadonlyArray<Buffer | null | undefined>, concurrency = 8): Promise<void> {
    const ids = new Set<number>();
    for (const v of values) if (v && v.length >= 5 && v[0] === 0) ids.add(v.readUInt32BE(1));
    const unknown = [...ids].filter((id) => !this.writerTypes.has(id));
    for (let i = 0; i < unknown.length; i += concurrency) {
      await Promise.all(unknown.slice(i, i + concurrency).map((id) => this.writerType(id).catch(() => undefined)));
    }
  }

  async decode<T>(bytes: Buffer | null | undefined, reader: avro.Type): Promise<Decoded<T>> {
    const { schemaId, body } = unframe(bytes);
    // Checked against the writer's own schema before avsc reads it: avsc trusts declared counts.
    checkAvroBodyBounds(await this.writerType(schemaId), body);
    const resolver = await this.resolverFor(reader, schemaId);
    try {
      return { schemaId, value: reader.fromBuffer(body, resolver) as T };
    } catch (err) {
      throw new AppError('avro-bad-body', `Avro body of schema ${schemaId} cannot be read as ${reader.name ?? 'the reader type'}: ${(err as Error).message}`, {
        cause: err,
      });
    }
  }

  private async resolverFor(reader: avro.Type, schemaId: number): Promise<avro.Resolver> {
    let byId = this.resolvers.get(reader);
    if (!byId) {
      byId = new Map();
      this.resolvers.set(reader, byId);
    }
    const cached = byId.get(schemaId);
    if (cached) return cached;
    const writerType = await this.writerType(schemaId);
    let resolver: avro.Resolver;
    try {
      resolver = reader.createResolver(writerType);
    } catch (err) {
      throw new AppError('avro-incompatible-writer', `schema ${schemaId} (${writerType.name}) cannot be read as ${reader.name}: ${(err as Error).message}`, {
        cause: err,
      });
    }
    byId.set(schemaId, resolver);
    return resolver;
  }

  private writerType(schemaId: number): Promise<avro.Type> {
    let pending = this.writerTypes.get(schemaId);
    if (!pending) {
      pending = this.registry.getSchema(schemaId).then(
        (text) => parseWriterSchema(schemaId, text),
        (err: unknown) => this.judgeLookupFailure(schemaId, err),
      );
      pending.catch(() => this.writerTypes.delete(schemaId));
      this.writerTypes.set(schemaId, pending);
    }
    return pending;
  }

  /**
   * A lookup that may heal (the registry unreachable, or answering 5xx) stops intake only while the
   * registry answers nothing at all: when it answers other requests, the failure belongs to this id,
   * which a partner chose, and must not hold a partition for ever.
   */
  private async judgeLookupFailure(schemaId: number, err: unknown): Promise<never> {
    if (err instanceof AppError && err.retriable && (await this.registry.answers())) {
      const refused = new AppError('registry-refused-id', `the registry answers, but not for schema ${schemaId}: ${err.message}`, { cause: err });
      this.registry.rememberMiss(schemaId, refused);
      throw refused;
    }
    throw err;
  }
}
