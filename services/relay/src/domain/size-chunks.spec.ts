import { sizeChunks } from './size-chunks';

const item = (name: string, bytes: Record<string, number>) => ({ name, bytesByTopic: new Map(Object.entries(bytes)) });
const names = (chunks: Array<Array<{ name: string }>>) => chunks.map((c) => c.map((i) => i.name));

describe('sizeChunks', () => {
  it('keeps a batch whole while every topic stays under the limit', () => {
    const { chunks, oversized } = sizeChunks([item('a', { la: 300, vn: 300 }), item('b', { la: 300, vn: 300 }), item('c', { la: 300 })], 1000);
    expect(names(chunks)).toEqual([['a', 'b', 'c']]);
    expect(oversized).toEqual([]);
  });

  it('cuts where one topic would pass the limit, in order, so revisions leave in order', () => {
    const four = ['1', '2', '3', '4'].map((n) => item(n, { la: 600, vn: 600 }));
    expect(names(sizeChunks(four, 1000).chunks)).toEqual([['1'], ['2'], ['3'], ['4']]);
    const mixed = [item('a', { la: 600 }), item('b', { vn: 600 }), item('c', { la: 600 })];
    expect(names(sizeChunks(mixed, 1000).chunks)).toEqual([['a', 'b'], ['c']]);
  });

  it('sets apart an item too large on its own, and the rest still goes', () => {
    const { chunks, oversized } = sizeChunks([item('a', { la: 100 }), item('huge', { la: 1500, vn: 10 }), item('b', { la: 100 })], 1000);
    expect(oversized.map((i) => i.name)).toEqual(['huge']);
    expect(names(chunks)).toEqual([['a', 'b']]);
    expect(sizeChunks([], 1000)).toEqual({ chunks: [], oversized: [] });
  });
});
