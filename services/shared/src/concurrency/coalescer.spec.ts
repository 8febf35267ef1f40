import { Coalescer } from './coalescer';

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

describe('Coalescer', () => {
  it('flushes what concurrent callers hand in together, each caller getting its own result', async () => {
    const flushes: number[][] = [];
    const c = new Coalescer<number, number>(async (items) => {
      flushes.push(items);
      return items.map((i) => i * 10);
    });
    const outs = await Promise.all([c.submit(1), c.submit(2), c.submit(3)]);
    expect(outs).toEqual([10, 20, 30]);
    expect(flushes).toEqual([[1, 2, 3]]);
  });

  it('gathers what arrives during a flush into the next one, and runs one flush at a time', async () => {
    let release!: () => void;
    let running = 0;
    let most = 0;
    const flushes: string[][] = [];
    const c = new Coalescer<string, string>(async (items) => {
      running += 1;
      most = Math.max(most, running);
      flushes.push(items);
      if (items.includes('a')) await new Promise<void>((r) => (release = r));
      running -= 1;
      return items;
    });
    const first = c.submit('a');
    await tick();
    const later = [c.submit('b'), c.submit('c')];
    await tick();
    expect(flushes).toEqual([['a']]);
    release();
    await Promise.all([first, ...later]);
    expect(flushes).toEqual([['a'], ['b', 'c']]);
    expect(most).toBe(1);
  });

  it('rejects every caller of a failed flush and goes on with the next', async () => {
    let fail = true;
    const c = new Coalescer<number, number>(async (items) => {
      if (fail) throw new Error('database went away');
      return items;
    });
    const failed = await Promise.allSettled([c.submit(1), c.submit(2)]);
    expect(failed.map((f) => f.status)).toEqual(['rejected', 'rejected']);
    expect((failed[0] as PromiseRejectedResult).reason).toEqual(new Error('database went away'));
    fail = false;
    await expect(c.submit(3)).resolves.toBe(3);
  });

  it('keeps a flush to maxItems', async () => {
    const sizes: number[] = [];
    const c = new Coalescer<number, number>(async (items) => {
      sizes.push(items.length);
      return items;
    }, { maxItems: 2 });
    await Promise.all([1, 2, 3, 4, 5].map((i) => c.submit(i)));
    expect(sizes).toEqual([2, 2, 1]);
  });

  it('refuses a flush that answers for fewer items than it was given', async () => {
    const c = new Coalescer<number, number>(async () => [1]);
    await expect(Promise.all([c.submit(1), c.submit(2)])).rejects.toThrow('1 results for 2 items');
  });
});
