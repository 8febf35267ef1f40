import { isAppError } from '../../errors/app-error';
import { frame, unframe } from './confluent-frame';

describe('Confluent wire frame', () => {
  it('writes magic 0 and the schema id big-endian before the body', () => {
    const bytes = frame(0x01020304, Buffer.from([0xaa, 0xbb]));
    expect([...bytes]).toEqual([0, 1, 2, 3, 4, 0xaa, 0xbb]);
  });

  it('reads back what it wrote', () => {
    const body = Buffer.from('avro-body');
    expect(unframe(frame(42, body))).toEqual({ schemaId: 42, body });
  });

  it.each([
    ['empty', Buffer.alloc(0), 'wire-too-short'],
    ['null', null, 'wire-too-short'],
    ['four bytes', Buffer.from([0, 0, 0, 1]), 'wire-too-short'],
    ['wrong magic', Buffer.from([1, 0, 0, 0, 1, 2]), 'wire-bad-magic'],
    ['JSON text', Buffer.from('{"a":1}'), 'wire-bad-magic'],
  ])('refuses %s with a typed, non-retriable error', (_name, bytes, code) => {
    let caught: unknown;
    try {
      unframe(bytes);
    } catch (err) {
      caught = err;
    }
    expect(isAppError(caught, code)).toBe(true);
    expect((caught as { retriable: boolean }).retriable).toBe(false);
  });

  it('refuses a schema id that does not fit in four bytes', () => {
    expect(() => frame(2 ** 32, Buffer.alloc(0))).toThrow(/does not fit/);
  });
});
