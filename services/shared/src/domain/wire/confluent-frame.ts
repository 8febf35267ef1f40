// The Confluent wire format, so any Kafka tool that speaks it can read BEX topics:
// byte 0 is the magic 0, bytes 1-4 the schema id (big-endian), the rest the Avro body.
import { AppError } from '../../errors/app-error';

const MAGIC = 0;
const HEADER_BYTES = 5;

export interface Framed {
  schemaId: number;
  body: Buffer;
}

export function frame(schemaId: number, body: Buffer): Buffer {
  if (!Number.isInteger(schemaId) || schemaId < 0 || schemaId > 0xffffffff) {
    throw new AppError('wire-bad-schema-id', `schema id ${schemaId} does not fit in 4 unsigned bytes`);
  }
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt8(MAGIC, 0);
  header.writeUInt32BE(schemaId, 1);
  return Buffer.concat([header, body]);
}

export function unframe(bytes: Buffer | null | undefined): Framed {
  if (!bytes || bytes.length < HEADER_BYTES) {
    throw new AppError('wire-too-short', `a framed value needs at least ${HEADER_BYTES} bytes, got ${bytes?.length ?? 0}`);
  }
  const magic = bytes.readUInt8(0);
  if (magic !== MAGIC) {
    throw new AppError('wire-bad-magic', `magic byte is ${magic}, expected ${MAGIC} (not Confluent-framed Avro)`);
  }
  return { schemaId: bytes.readUInt32BE(1), body: bytes.subarray(HEADER_BYTES) };
}
