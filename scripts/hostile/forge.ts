// What a partner that holds a genuine key and its own broker login can put on the wire: any bytes,
// any headers, any record its key signs. The hostile-intake test and the hostile fuzz run build their
// messages here, so both attack with the same means. Nothing here is used by the services.
import { avroType, receiptType, type RecordName } from '@bex/schemas';
import {
  AvroSerde,
  DEV_SIGNING_KEY_IDS,
  RECEIPT_DOMAIN_TAG,
  RegistryClient,
  devPrivateKey,
  frame,
  recordKey,
  signRecord,
  type AnyRecord,
  type AuthorityCode,
  type Receipt,
  type Writer,
} from '@bex/shared';
import type { IHeaders } from 'kafkajs';

export interface WireMessage {
  key: Buffer | null;
  value: Buffer | null;
  headers: IHeaders;
}

/** Writers of the real contracts, registered once per registry. */
export class Forge {
  private readonly serde: AvroSerde;
  private readonly writers = new Map<string, Promise<Writer<unknown>>>();

  constructor(readonly registryUrl: string) {
    this.serde = new AvroSerde(new RegistryClient({ baseUrl: registryUrl }));
  }

  writer(name: RecordName | 'Receipt'): Promise<Writer<unknown>> {
    let w = this.writers.get(name);
    if (!w) {
      w = this.serde.writer(name === 'Receipt' ? receiptType() : avroType(name));
      this.writers.set(name, w);
    }
    return w;
  }

  /** A record encoded with the real contract and signed with `holder`'s genuine key, claiming what the record says. */
  async signed(holder: AuthorityCode, anyRecord: object): Promise<WireMessage> {
    const record = anyRecord as AnyRecord;
    const { meta } = record;
    const value = (await this.writer(meta.recordType as RecordName)).encode(record);
    return { key: Buffer.from(recordKey(meta.source, meta.recordId)), value, headers: signedHeaders(holder, meta.source as AuthorityCode, meta.recipient as AuthorityCode, meta.recordId, meta.revision, value) };
  }

  /** A receipt signed with `holder`'s genuine key. */
  async receipt(holder: AuthorityCode, receipt: Receipt): Promise<WireMessage> {
    const value = (await this.writer('Receipt')).encode(receipt);
    const keyId = DEV_SIGNING_KEY_IDS[holder];
    const { headers } = signRecord(
      { source: receipt.from, recipient: receipt.recordSource, recordId: receipt.recordId, revision: receipt.revision, value, domain: RECEIPT_DOMAIN_TAG },
      devPrivateKey(holder, keyId),
      keyId,
    );
    return { key: Buffer.from(recordKey(receipt.recordSource, receipt.recordId)), value, headers: { ...headers } };
  }

  /**
   * A record of the real contract whose first array (meta.redactedPaths) declares `count` items
   * in the bytes of the rest of the record: decoders that trust counts loop `count` times.
   */
  async arrayBomb(holder: AuthorityCode, anyRecord: object, count: number): Promise<WireMessage> {
    const record = anyRecord as AnyRecord;
    const writer = await this.writer(record.meta.recordType as RecordName);
    const empty = writer.encode({ ...record, meta: { ...record.meta, redactedPaths: [] } });
    const one = writer.encode({ ...record, meta: { ...record.meta, redactedPaths: ['x'] } });
    let at = 0;
    while (empty[at] === one[at]) at++;
    const value = Buffer.concat([empty.subarray(0, at), zigZag(count), empty.subarray(at + 1)]);
    const { meta } = record;
    return { key: Buffer.from(recordKey(meta.source, meta.recordId)), value, headers: signedHeaders(holder, meta.source as AuthorityCode, meta.recipient as AuthorityCode, meta.recordId, meta.revision, value) };
  }
}

function signedHeaders(holder: AuthorityCode, source: AuthorityCode, recipient: AuthorityCode, recordId: string, revision: number, value: Buffer): IHeaders {
  const keyId = DEV_SIGNING_KEY_IDS[holder];
  return { ...signRecord({ source, recipient, recordId, revision, value }, devPrivateKey(holder, keyId), keyId).headers };
}

/** An Avro long, as the wire writes it. */
export function zigZag(n: number): Buffer {
  let v = BigInt(n) >= 0n ? BigInt(n) << 1n : (-BigInt(n) << 1n) - 1n;
  const out: number[] = [];
  while (v >= 0x80n) {
    out.push(Number((v & 0x7fn) | 0x80n));
    v >>= 7n;
  }
  out.push(Number(v));
  return Buffer.from(out);
}

/** Confluent-framed bytes naming any schema id. */
export const framedWith = (schemaId: number, body: Buffer = Buffer.from([0])): Buffer => frame(schemaId, body);

/** Registers a schema that is not Avro (JSON Schema) under a subject of its own; its id is one a partner could name. */
export async function registerNonAvroSchema(registryUrl: string, subject: string): Promise<number> {
  const res = await fetch(`${registryUrl}/subjects/${encodeURIComponent(subject)}/versions`, {
    method: 'POST',
    headers: { 'content-type': 'application/vnd.schemaregistry.v1+json' },
    body: JSON.stringify({ schemaType: 'JSON', schema: JSON.stringify({ type: 'object', properties: { x: { type: 'string' } } }) }),
  });
  if (!res.ok) throw new Error(`registering a JSON schema answered ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: number }).id;
}
