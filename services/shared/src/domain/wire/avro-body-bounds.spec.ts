import avro from 'avsc';
import fc from 'fast-check';
import { avroType, makeSample, RECORD_NAMES } from '@bex/schemas';
import { isAppError } from '../../errors/app-error';
import { checkAvroBodyBounds } from './avro-body-bounds';

const listOfStrings = avro.Type.forSchema({ type: 'record', name: 'L', fields: [{ name: 'a', type: { type: 'array', items: 'string' } }] });

/** A zig-zag varint, as Avro writes a long. */
function long(n: bigint): Buffer {
  let v = n >= 0n ? n << 1n : ((-n) << 1n) - 1n;
  const out: number[] = [];
  while (v >= 0x80n) {
    out.push(Number((v & 0x7fn) | 0x80n));
    v >>= 7n;
  }
  out.push(Number(v));
  return Buffer.from(out);
}

const refusal = (type: avro.Type, body: Buffer): string | undefined => {
  try {
    checkAvroBodyBounds(type, body);
    return undefined;
  } catch (err) {
    if (isAppError(err, 'avro-bad-body')) return err.message;
    throw err;
  }
};

describe('an Avro body is checked against the counts it declares before it is decoded', () => {
  it('refuses, at once, an array that declares 10^8 items in two bytes (avsc alone spends a minute on it)', () => {
    expect(refusal(listOfStrings, Buffer.concat([long(100_000_000n), Buffer.from([0])]))).toMatch(/100000000 items does not fit in the 1 bytes left/);
  });

  it('refuses negative block sizes, strings longer than the body, unknown union branches and bytes left over', () => {
    expect(refusal(listOfStrings, Buffer.concat([long(-2n), long(1_000n), long(0n)]))).toMatch(/block of 1000 bytes/);
    expect(refusal(avro.Type.forSchema('string'), Buffer.concat([long(50n), Buffer.from('short')]))).toMatch(/does not fit/);
    expect(refusal(avro.Type.forSchema(['null', 'string']), long(7n))).toMatch(/union branch 7/);
    expect(refusal(avro.Type.forSchema('int'), Buffer.from([2, 2]))).toMatch(/left over/);
    expect(refusal(avro.Type.forSchema('long'), Buffer.alloc(11, 0xff))).toMatch(/longer than 10 bytes/);
  });

  it.each(RECORD_NAMES)('lets every genuine %s sample through', (name) => {
    const type = avroType(name);
    expect(refusal(type, type.toBuffer(makeSample(name)))).toBeUndefined();
  });

  it('lets through whatever avsc itself wrote, and refuses every truncation of it', () => {
    const type = avro.Type.forSchema({
      type: 'record',
      name: 'Mixed',
      fields: [
        { name: 'tags', type: { type: 'array', items: 'string' } },
        { name: 'names', type: { type: 'map', values: ['null', 'long'] } },
        { name: 'score', type: 'double' },
        { name: 'flag', type: 'boolean' },
      ],
    });
    fc.assert(
      fc.property(fc.array(fc.string()), fc.dictionary(fc.string(), fc.option(fc.integer(), { nil: null })), fc.double(), fc.boolean(), (tags, names, score, flag) => {
        const body = type.toBuffer({ tags, names, score, flag });
        expect(refusal(type, body)).toBeUndefined();
        for (let cut = 0; cut < body.length; cut++) expect(refusal(type, body.subarray(0, cut))).toBeDefined();
      }),
    );
  });
});
