import { SubjectBuckets } from './rate-limit';

describe('SubjectBuckets', () => {
  it('keeps a bucket per subject: one subject over its limit does not limit another', () => {
    const buckets = new SubjectBuckets({ perMinute: 60, burst: 2 });
    expect([1, 2, 3].map(() => buckets.take('a', 0).allowed)).toEqual([true, true, false]);
    expect(buckets.take('b', 0).allowed).toBe(true);
  });

  it('forgets subjects whose bucket has refilled, on the next sweep', () => {
    const buckets = new SubjectBuckets({ perMinute: 60, burst: 2 });
    buckets.take('a', 0);
    buckets.take('b', 0);
    buckets.take('b', 0);
    buckets.sweep(1_000);
    // 'a' spent one token and got it back after 1 s; 'b' spent two and has only one back.
    expect(buckets.size).toBe(1);
    buckets.sweep(2_000);
    expect(buckets.size).toBe(0);
  });

  it('holds at most maxSubjects, dropping the least recently seen', () => {
    const buckets = new SubjectBuckets({ perMinute: 60, burst: 1 }, 2);
    buckets.take('a', 0);
    buckets.take('b', 0);
    buckets.take('a', 0); // 'a' is now the most recent (and refused)
    buckets.take('c', 0); // drops 'b'
    expect(buckets.size).toBe(2);
    expect(buckets.take('a', 0).allowed).toBe(false);
    expect(buckets.take('b', 0).allowed).toBe(true);
  });
});
