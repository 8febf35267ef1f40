import { pacedRead } from './paced-read';

/** A count that takes `costMs` of a fake clock to read and returns how many times it was read. */
function countCosting(costMs: () => number): { read: () => Promise<number>; clock: { t: number }; reads: () => number } {
  const clock = { t: 0 };
  let reads = 0;
  return {
    clock,
    reads: () => reads,
    read: async () => {
      reads += 1;
      clock.t += costMs();
      return reads * 100;
    },
  };
}

it('reads a cheap figure again at every scrape', async () => {
  const c = countCosting(() => 2);
  const gauge = pacedRead(c.read, 0.05, () => c.clock.t);
  for (let i = 0; i < 5; i++) {
    await gauge();
    c.clock.t += 1_000;
  }
  expect(c.reads()).toBe(5);
});

it('spends at most its share of the time on an expensive figure, and serves the last value meanwhile', async () => {
  const c = countCosting(() => 1_500);
  const gauge = pacedRead(c.read, 0.05, () => c.clock.t);
  expect(await gauge()).toBe(100);
  // Scrapes every 5 s for 10 minutes.
  const start = c.clock.t;
  for (let i = 0; i < 120; i++) {
    c.clock.t += 5_000;
    await gauge();
  }
  const readingMs = (c.reads() - 1) * 1_500;
  expect(readingMs / (c.clock.t - start)).toBeLessThanOrEqual(0.05);
  expect(c.reads()).toBeGreaterThan(1); // paced, not frozen
  c.clock.t += 1;
  expect(await gauge()).toBe(c.reads() * 100); // between readings: the last value
});

it('reads again as soon as the figure becomes cheap', async () => {
  let cost = 1_500;
  const c = countCosting(() => cost);
  const gauge = pacedRead(c.read, 0.05, () => c.clock.t);
  await gauge();
  c.clock.t += 30_000; // 1.5 s / 0.05 later
  cost = 2;
  await gauge();
  c.clock.t += 100;
  await gauge();
  expect(c.reads()).toBe(3);
});

it('lets concurrent scrapes share one reading and does not keep a failed one', async () => {
  let fail = true;
  let reads = 0;
  const gauge = pacedRead(async () => {
    reads += 1;
    await new Promise((r) => setTimeout(r, 5));
    if (fail) throw new Error('database unreachable');
    return 7;
  });
  const first = await Promise.allSettled([gauge(), gauge(), gauge()]);
  expect(reads).toBe(1);
  expect(first.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
  fail = false;
  expect(await gauge()).toBe(7);
  expect(reads).toBe(2);
});
