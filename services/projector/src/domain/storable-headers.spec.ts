import fc from 'fast-check';
import { MAX_HEADER_NAME_CHARS, MAX_HEADER_VALUE_CHARS, MAX_KEPT_HEADERS, storableHeaderName, storableHeaders } from './storable-headers';

// What a document key may not be (BSON keys are C strings; the server refuses `$` and `.`);
// the dead-letter store's integration test writes such names through the real driver.
const storableKey = (key: string): boolean => key.length > 0 && !key.includes('\u0000') && !key.startsWith('$') && !key.includes('.') && key !== '__proto__';

describe('a refused message\'s headers as a dead letter keeps them', () => {
  it('keeps ordinary names as they are and percent-encodes what a document key cannot hold', () => {
    const { headers } = storableHeaders({ 'bex-signature': 'abc', 'a\u0000b': 'x', $where: 'y', 'a.b': Buffer.from('z'), __proto__name: 'p' });
    expect(headers).toEqual({ 'bex-signature': 'abc', 'a%00b': 'x', '%24where': 'y', 'a%2Eb': 'z', __proto__name: 'p' });
    expect(storableHeaderName('__proto__')).toBe('%5F%5Fproto%5F%5F');
    expect(storableHeaderName('')).toBe('%');
  });

  it('keeps a header named __proto__ as data, not as the prototype', () => {
    const raw: Record<string, string> = {};
    Object.defineProperty(raw, '__proto__', { value: 'evil', enumerable: true });
    const { headers } = storableHeaders(raw);
    expect(Object.getPrototypeOf(headers)).toBe(Object.prototype);
    expect(headers['%5F%5Fproto%5F%5F']).toBe('evil');
  });

  it('bounds how many headers, and how long a name or value, it keeps, and counts what it cut', () => {
    const many = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`h${i}`, 'v']));
    expect(Object.keys(storableHeaders(many).headers)).toHaveLength(MAX_KEPT_HEADERS);
    expect(storableHeaders(many).headersCut).toBe(100 - MAX_KEPT_HEADERS);
    const long = storableHeaders({ ['n'.repeat(1000)]: 'v'.repeat(1_000_000) });
    const [[name, value]] = Object.entries(long.headers) as [[string, string]];
    expect(name.length).toBe(MAX_HEADER_NAME_CHARS);
    expect(value.length).toBe(MAX_HEADER_VALUE_CHARS);
    expect(long.headersCut).toBe(2);
  });

  it('keeps two names that encode or cut to one key side by side', () => {
    const { headers } = storableHeaders({ ['x'.repeat(200)]: '1', ['x'.repeat(201)]: '2' });
    expect(Object.values(headers).sort()).toEqual(['1', '2']);
  });

  it('whatever names and values arrive, the result is a document the database accepts', () => {
    const name = fc.string({ unit: 'binary', maxLength: 300 });
    const value = fc.oneof(fc.string({ unit: 'binary', maxLength: 2000 }), fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b)));
    fc.assert(
      fc.property(fc.dictionary(name, value, { maxKeys: 60 }), (raw) => {
        const { headers } = storableHeaders(raw);
        for (const key of Object.keys(headers)) expect(storableKey(key)).toBe(true);
        expect(Object.keys(headers).length).toBeLessThanOrEqual(MAX_KEPT_HEADERS);
      }),
      { numRuns: 300 },
    );
  });
});
