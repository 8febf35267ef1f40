// Per-subject rate limit for /v1, after authentication: each token subject (subject and authority)
// has a token bucket (domain/rate-limit.ts); over it, 429 with Retry-After. Memory stays bounded:
// buckets that have refilled are forgotten by a sweep at most once per interval, and past
// `maxSubjects` the least recently seen subject is dropped (it starts again with a full bucket).
import type { NextFunction, Request, Response } from 'express';
import { isIdle, takeToken, type Bucket, type RateRule } from '../../domain/rate-limit';
import { principalOf } from './auth/authenticate';
import { sendProblem } from './problem';

export interface RateLimitOptions extends RateRule {
  /** The most subjects kept at once; default 100,000. */
  maxSubjects?: number;
  /** Milliseconds since the epoch; tests pass a fake clock. */
  now?: () => number;
}

const SWEEP_EVERY_MS = 60_000;

export class SubjectBuckets {
  // A Map keeps insertion order: a subject is re-inserted on every request, so the first key is
  // the least recently seen.
  private readonly buckets = new Map<string, Bucket>();
  private lastSweepMs = 0;

  constructor(private readonly rule: RateRule, private readonly maxSubjects = 100_000) {}

  get size(): number {
    return this.buckets.size;
  }

  take(subject: string, nowMs: number): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    if (nowMs - this.lastSweepMs >= SWEEP_EVERY_MS) this.sweep(nowMs);
    const verdict = takeToken(this.buckets.get(subject), this.rule, nowMs);
    this.buckets.delete(subject);
    this.buckets.set(subject, verdict.bucket);
    while (this.buckets.size > this.maxSubjects) this.buckets.delete(this.buckets.keys().next().value!);
    return verdict.allowed ? { allowed: true } : { allowed: false, retryAfterSeconds: verdict.retryAfterSeconds };
  }

  /** Forgets every subject whose bucket is full again: for them, no bucket is the same. */
  sweep(nowMs: number): void {
    this.lastSweepMs = nowMs;
    for (const [subject, bucket] of this.buckets) if (isIdle(bucket, this.rule, nowMs)) this.buckets.delete(subject);
  }
}

export function rateLimit(options: RateLimitOptions) {
  const buckets = new SubjectBuckets({ perMinute: options.perMinute, burst: options.burst }, options.maxSubjects);
  const now = options.now ?? Date.now;
  return (req: Request, res: Response, next: NextFunction): void => {
    const principal = principalOf(req);
    const verdict = buckets.take(JSON.stringify([principal.authority, principal.subject]), now());
    if (verdict.allowed) return next();
    res.locals.log.warn({ rateLimit: options.perMinute, retryAfterSeconds: verdict.retryAfterSeconds }, 'request refused: rate limit');
    res.set('Retry-After', String(verdict.retryAfterSeconds));
    sendProblem(req, res, { code: 'rate-limited', status: 429, detail: `more than ${options.perMinute} requests a minute for this token subject; retry after ${verdict.retryAfterSeconds} s` });
  };
}
