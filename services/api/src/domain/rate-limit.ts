// Per-subject rate limit as a token bucket: a subject may spend `burst` requests at once, and the
// bucket refills at `perMinute` requests a minute up to `burst` again. Pure: the caller keeps the
// buckets and passes the time, so the rule is tested with a fake clock.

export interface RateRule {
  /** Sustained requests a minute (the refill rate). */
  perMinute: number;
  /** The most requests at once (the bucket's size). */
  burst: number;
}

export interface Bucket {
  tokens: number;
  /** When `tokens` was last computed, in ms since the epoch. */
  atMs: number;
}

export type Verdict = { allowed: true; bucket: Bucket } | { allowed: false; bucket: Bucket; retryAfterSeconds: number };

/** The bucket as it stands at `nowMs`: refilled for the time since, never above the burst. */
export function refilled(bucket: Bucket | undefined, rule: RateRule, nowMs: number): Bucket {
  if (bucket === undefined) return { tokens: rule.burst, atMs: nowMs };
  const elapsed = Math.max(0, nowMs - bucket.atMs);
  return { tokens: Math.min(rule.burst, bucket.tokens + (elapsed * rule.perMinute) / 60_000), atMs: Math.max(nowMs, bucket.atMs) };
}

/** Takes one request from the subject's bucket (a new subject starts with a full one). */
export function takeToken(bucket: Bucket | undefined, rule: RateRule, nowMs: number): Verdict {
  const now = refilled(bucket, rule, nowMs);
  if (now.tokens >= 1) return { allowed: true, bucket: { tokens: now.tokens - 1, atMs: now.atMs } };
  // Whole seconds until one token is back; at least 1, as Retry-After: 0 invites a busy loop.
  const waitMs = ((1 - now.tokens) * 60_000) / rule.perMinute;
  return { allowed: false, bucket: now, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}

/** A bucket that has refilled to the full burst is the same as no bucket: it can be forgotten. */
export function isIdle(bucket: Bucket, rule: RateRule, nowMs: number): boolean {
  return refilled(bucket, rule, nowMs).tokens >= rule.burst;
}
