import { after, decodeCursor, encodeCursor, page } from './page-cursor';

describe('page cursors', () => {
  it('round-trip a position and are base64url JSON of the sort key and id', () => {
    const cursor = encodeCursor('occurredAt', { key: 1760254500000, id: 'a-b' });
    expect(JSON.parse(Buffer.from(cursor, 'base64url').toString())).toEqual({ occurredAt: 1760254500000, _id: 'a-b' });
    expect(decodeCursor('occurredAt', cursor)).toEqual({ key: 1760254500000, id: 'a-b' });
  });

  it('refuse anything they did not make', () => {
    const wrongKey = encodeCursor('at', { key: 1, id: 'x' });
    for (const bad of ['', 'not base64!', Buffer.from('[1]').toString('base64url'), Buffer.from('{"occurredAt":"1","_id":"x"}').toString('base64url'), wrongKey, 'A'.repeat(600)]) {
      expect(decodeCursor('occurredAt', bad)).toBeUndefined();
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
    expect(page(items, 3, pos, 'k')).toEqual({ items, nextCursor: null });
    const two = page(items, 2, pos, 'k');
    expect(two.items).toEqual(items.slice(0, 2));
    expect(decodeCursor('k', two.nextCursor!)).toEqual({ key: 2, id: '2' });
  });
});
