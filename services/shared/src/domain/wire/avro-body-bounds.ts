// A walk over an Avro body that checks, before any decoder allocates or loops, that every length
// and block count it declares fits in the bytes that follow. avsc trusts a block count: seven
// bytes that declare an array of 10^8 strings kept a decoder busy for a minute, and a partner
// can write such bytes without any key, since they are read before a signature can be checked.
// Every array item and map entry of BEX's contracts takes at least one byte, so a count larger
// than the bytes left cannot be genuine. Pure; walks the writer's avsc type, never builds values.
import type avro from 'avsc';
import { AppError } from '../../errors/app-error';

class Reader {
  pos = 0;
  constructor(readonly buf: Buffer) {}

  get left(): number {
    return this.buf.length - this.pos;
  }

  /** A zig-zag varint long, as a number; refuses one longer than 10 bytes or past the end. */
  long(): number {
    let value = 0n;
    let shift = 0n;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.buf.length) throw refuse('a number runs past the end');
      const byte = this.buf[this.pos++]!;
      value |= BigInt(byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return Number((value >> 1n) ^ -(value & 1n));
      shift += 7n;
    }
    throw refuse('a number is longer than 10 bytes');
  }

  skip(n: number, what: string): void {
    if (n < 0 || n > this.left) throw refuse(`${what} of ${n} bytes does not fit in the ${this.left} left`);
    this.pos += n;
  }
}

function refuse(why: string): AppError {
  return new AppError('avro-bad-body', `Avro body refused before decoding: ${why}`);
}

const MAX_DEPTH = 64;

function walk(type: avro.Type, r: Reader, depth: number): void {
  if (depth > MAX_DEPTH) throw refuse(`nesting deeper than ${MAX_DEPTH}`);
  const t = type as avro.Type & Record<string, unknown>;
  switch (type.typeName) {
    case 'null':
      return;
    case 'boolean':
      return r.skip(1, 'a boolean');
    case 'int':
    case 'long':
    case 'enum':
      r.long();
      return;
    case 'float':
      return r.skip(4, 'a float');
    case 'double':
      return r.skip(8, 'a double');
    case 'string':
    case 'bytes':
      return r.skip(r.long(), `a ${type.typeName}`);
    case 'fixed':
      return r.skip((t as unknown as avro.types.FixedType).size, 'a fixed');
    case 'record':
    case 'error':
      for (const field of (t as unknown as avro.types.RecordType).fields) walk(field.type, r, depth + 1);
      return;
    case 'array':
      return blocks(r, depth, (d) => walk((t as unknown as avro.types.ArrayType).itemsType, r, d));
    case 'map':
      return blocks(r, depth, (d) => {
        r.skip(r.long(), 'a map key');
        walk((t as unknown as avro.types.MapType).valuesType, r, d);
      });
    default:
      if (type.typeName.startsWith('union')) {
        const branches = (t as unknown as avro.types.UnwrappedUnionType).types;
        const index = r.long();
        if (!Number.isInteger(index) || index < 0 || index >= branches.length) throw refuse(`union branch ${index} of ${branches.length}`);
        return walk(branches[index]!, r, depth + 1);
      }
      if (type.typeName.startsWith('logical')) return walk((t as unknown as { underlyingType: avro.Type }).underlyingType, r, depth);
      throw refuse(`type ${type.typeName} is not one BEX reads`);
  }
}

function blocks(r: Reader, depth: number, item: (depth: number) => void): void {
  for (;;) {
    let count = r.long();
    if (count === 0) return;
    if (count < 0) {
      count = -count;
      const size = r.long();
      if (size < 0 || size > r.left) throw refuse(`a block of ${size} bytes does not fit in the ${r.left} left`);
    }
    if (!Number.isSafeInteger(count) || count > r.left) throw refuse(`a block of ${count} items does not fit in the ${r.left} bytes left`);
    for (let i = 0; i < count; i++) item(depth + 1);
  }
}

/** Throws `avro-bad-body` unless every length and count the body declares fits in its bytes. */
export function checkAvroBodyBounds(writer: avro.Type, body: Buffer): void {
  const r = new Reader(body);
  walk(writer, r, 0);
  if (r.left !== 0) throw refuse(`${r.left} bytes left over after the value`);
}
