// Per-address rate limit for /v1, before authentication: a caller without a valid token spends its
// address's budget, not the api's time verifying signatures. Over it, 429 with Retry-After, as the
// per-subject limit answers. The budget is meant to sit well above one token's, so it stops a flood,
// not an office of officers behind one address (a NAT, a gateway). Which address counts: see
// domain/client-address.ts; behind reverse proxies, `trustedProxyHops` says how many to believe.
import type { NextFunction, Request, Response } from 'express';
import type { RateRule } from '../../domain/rate-limit';
import { addressKey, clientAddress } from '../../domain/client-address';
import { sendProblem } from './problem';
import { SubjectBuckets } from './rate-limit';

export interface AddressRateLimitOptions extends RateRule {
  /** Reverse proxies in front of the api that append to X-Forwarded-For; 0 counts the socket's peer. */
  trustedProxyHops: number;
  /** The most addresses kept at once; default 100,000, the least recently seen dropped first. */
  maxAddresses?: number;
  /** Milliseconds since the epoch; tests pass a fake clock. */
  now?: () => number;
}

export function addressRateLimit(options: AddressRateLimitOptions) {
  const buckets = new SubjectBuckets({ perMinute: options.perMinute, burst: options.burst }, options.maxAddresses);
  const now = options.now ?? Date.now;
  return (req: Request, res: Response, next: NextFunction): void => {
    const address = addressKey(clientAddress(req.socket.remoteAddress, req.get('x-forwarded-for'), options.trustedProxyHops));
    const verdict = buckets.take(address, now());
    if (verdict.allowed) return next();
    // The address, so an operator can find the source of a flood; never the token it sent.
    res.locals.log.warn({ address, rateLimit: options.perMinute, retryAfterSeconds: verdict.retryAfterSeconds }, 'request refused: address rate limit');
    res.set('Retry-After', String(verdict.retryAfterSeconds));
    sendProblem(req, res, { code: 'rate-limited', status: 429, detail: `more than ${options.perMinute} requests a minute from this address; retry after ${verdict.retryAfterSeconds} s` });
  };
}
