import { isIdle, takeToken, type Bucket, type RateRule } from './rate-limit';

const rule: RateRule = { perMinute: 60, burst: 3 };

/** Spends `n` requests at `atMs`, returning the verdicts' allowed flags and the last bucket. */
function spend(n: number, atMs: number, start?: Bucket) {
  let bucket = start;
  const allowed: boolean[] = [];
  let retryAfter: number | undefined;
  for (let i = 0; i < n; i++) {
    const v = takeToken(bucket, rule, atMs);
    bucket = v.bucket;
    allowed.push(v.allowed);
    if (!v.allowed) retryAfter = v.retryAfterSeconds;
  }
  return { allowed, bucket: bucket!, retryAfter };
}

describe('per-subject token bucket', () => {
  it('lets a new subject spend the burst at once, then refuses with the seconds until the next token', () => {
    const { allowed, retryAfter } = spend(4, 1_000);
    expect(allowed).toEqual([true, true, true, false]);
    // 60 a minute: one token a second.
    expect(retryAfter).toBe(1);
  });

  it('refills at the sustained rate, never above the burst', () => {
    const empty = spend(3, 0).bucket;
    expect(takeToken(empty, rule, 500).allowed).toBe(false);
    expect(takeToken(empty, rule, 1_000).allowed).toBe(true);
    // An hour later the bucket holds the burst, not 3,600 tokens.
    expect(spend(4, 3_600_000, empty).allowed).toEqual([true, true, true, false]);
  });

  it('rounds Retry-After up to whole seconds, at least 1', () => {
    const slow: RateRule = { perMinute: 6, burst: 1 };
    const first = takeToken(undefined, slow, 0);
    const refused = takeToken(first.bucket, slow, 2_500);
    // One token per 10 s; 2.5 s have passed, 7.5 s remain.
    expect(refused).toMatchObject({ allowed: false, retryAfterSeconds: 8 });
    const fast: RateRule = { perMinute: 6_000, burst: 1 };
    const spent = takeToken(undefined, fast, 0).bucket;
    expect(takeToken(spent, fast, 0)).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
  });

  it('does not refill when the clock goes backwards', () => {
    const empty = spend(3, 10_000).bucket;
    expect(takeToken(empty, rule, 5_000).allowed).toBe(false);
  });

  it('calls a bucket idle once it is full again, so it can be evicted', () => {
    const used = spend(1, 0).bucket;
    expect(isIdle(used, rule, 500)).toBe(false);
    expect(isIdle(used, rule, 1_000)).toBe(true);
  });
});
