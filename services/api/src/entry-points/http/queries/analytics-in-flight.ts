// At most ANALYTICS_IN_FLIGHT trends requests of one token subject are answered at once; the rest
// get 429 with Retry-After. Each streams up to years of seizures out of the view, so a token that
// fires many at once would hold the database for everyone, and the per-subject rate limit (which
// counts starts, not work in hand) lets 60 start together. A slot is freed when the work ends,
// not when the client hangs up: a dropped connection does not stop the read it started.
import type { Request, Response } from 'express';
import { InFlightLimit } from '../../../domain/in-flight';
import { principalOf } from '../auth/authenticate';
import type { ProblemDoc } from '../openapi/operation-doc';
import { sendProblem } from '../problem';
import type { QueryContext } from './query-context';

export const ANALYTICS_IN_FLIGHT = 2;
// Seconds: trends take tens to hundreds of milliseconds, so a slot is likely free by then.
const RETRY_AFTER_S = 1;

export const ANALYTICS_BUSY: ProblemDoc = { status: 429, codes: ['rate-limited'], description: `${ANALYTICS_IN_FLIGHT} trends requests of this token subject are still being answered` };

// One count per app (the context is made once per app), so apps in one process do not share it.
const limits = new WeakMap<QueryContext, InFlightLimit>();

type Handle = (ctx: QueryContext, req: Request, res: Response) => Promise<void>;

export function fewAtOnce(handle: Handle): Handle {
  return async (ctx, req, res) => {
    let limit = limits.get(ctx);
    if (limit === undefined) limits.set(ctx, (limit = new InFlightLimit(ANALYTICS_IN_FLIGHT)));
    const principal = principalOf(req);
    const key = JSON.stringify([principal.authority, principal.subject]);
    if (!limit.tryEnter(key)) {
      res.locals.log.warn({ inFlight: ANALYTICS_IN_FLIGHT }, 'request refused: analytics in flight');
      res.set('Retry-After', String(RETRY_AFTER_S));
      return sendProblem(req, res, { code: 'rate-limited', status: 429, detail: `at most ${ANALYTICS_IN_FLIGHT} trends requests of this token subject at once; retry after ${RETRY_AFTER_S} s` });
    }
    try {
      await handle(ctx, req, res);
    } finally {
      limit.leave(key);
    }
  };
}
