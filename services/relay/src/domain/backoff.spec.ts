import { backoffMs } from './backoff';

describe('relay backoff', () => {
  it('does not wait before the first failure, doubles after each, and is capped', () => {
    expect([0, 1, 2, 3, 4].map((n) => backoffMs(n))).toEqual([0, 250, 500, 1000, 2000]);
    expect(backoffMs(50)).toBe(30_000);
  });
});
