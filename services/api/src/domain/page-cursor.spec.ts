import fc from 'fast-check';
import { after, CURSOR_PATTERN, decodeCursor, encodeCursor, page } from './page-cursor';
import { EARLIEST_INSTANT, LATEST_INSTANT } from './timestamp-type';

describe('page cursors', () => {
  it('round-trip a position as its key and its id in base64url', () => {
    const cursor = encodeCursor({ key: 1760254500000, id: 'LA:6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b' });
    expect(cursor).toBe(`1760254500000.${Buffer.from('LA:6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b').toString('base64url')}`);
    expect(decodeCursor(cursor)).toEqual({ key: 1760254500000, id: 'LA:6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b' });
    const ids = fc.oneof(fc.uuid().map((u) => `VN:${u}`), fc.stringMatching(/^[0-9a-f]{24}$/), fc.string({ maxLength: 64 }));
    fc.assert(fc.property(fc.integer({ min: EARLIEST_INSTANT, max: LATEST_INSTANT }), ids, (key, id) => {
      const made = encodeCursor({ key, id });
      expect(CURSOR_PATTERN.test(made)).toBe(true);
      expect(decodeCursor(made)).toEqual({ key, id });
    }));
  });

  it('read every text of the documented shape as a position, so none the document allows is refused', () => {
    fc.assert(fc.property(fc.stringMatching(CURSOR_PATTERN), (cursor) => {
      const position = decodeCursor(cursor);
      expect(position).toBeDefined();
      expect(position!.key).toBeGreaterThanOrEqual(EARLIEST_INSTANT);
      expect(position!.key).toBeLessThanOrEqual(LATEST_INSTANT);
    }));
    expect(decodeCursor(`999999999999999.${'A'.repeat(171)}`)).toEqual({ key: LATEST_INSTANT, id: expect.any(String) });
    expect(decodeCursor('-999999999999999.')).toEqual({ key: EARLIEST_INSTANT, id: '' });
  });

  it('refuse any other text', () => {
    for (const bad of ['', '.', 'x.y', '01.AA', '1.a+b', '1.a=', `1.${'A'.repeat(172)}`, '1234567890123456.AA', '+1.AA', '1', Buffer.from('{"occurredAt":1,"_id":"x"}').toString('base64url')]) {
      expect([bad, decodeCursor(bad)]).toEqual([bad, undefined]);
    }
  });

  it('continue strictly after the last item, ties broken by id', () => {
    const next = after('occurredAt', { key: 5, id: 'm' });
    expect(next.range).toEqual({ $lte: 5 });
    const at = (occurredAt: number, _id: string) => next.residual({ _id, occurredAt } as { _id: string });
    expect([at(4, 'z'), at(5, 'a'), at(5, 'm'), at(5, 'n')]).toEqual([true, true, false, false]);
  });

  it('give a next cursor only when one more item than the limit came back', () => {
    const items = [3, 2, 1].map((n) => ({ n }));
    const pos = (i: { n: number }) => ({ key: i.n, id: String(i.n) });
    expect(page(items, 3, pos)).toEqual({ items, nextCursor: null });
    const two = page(items, 2, pos);
    expect(two.items).toEqual(items.slice(0, 2));
    expect(decodeCursor(two.nextCursor!)).toEqual({ key: 2, id: '2' });
  });
});
