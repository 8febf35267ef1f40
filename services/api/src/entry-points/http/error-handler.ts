// The one place where a failure becomes an answer: domain errors carry their HTTP status, body
// parser errors are mapped by type, a database that does not answer is a 503 to retry later, and
// anything unexpected is logged and answered as a bare 500.
import type { NextFunction, Request, Response } from 'express';
import { isAppError, isDatabaseUnavailable } from '@bex/shared';
import { InvalidRecord } from './invalid-record';
import { sendProblem, type Problem } from './problem';

// Errors of express.json(), by their `type`.
const BODY_ERRORS: Record<string, Omit<Problem, 'detail'> & { detail: string }> = {
  'entity.parse.failed': { code: 'malformed-json', status: 400, detail: 'the body is not valid JSON' },
  'entity.too.large': { code: 'payload-too-large', status: 413, detail: 'the body exceeds the limit of 1 MB' },
  'charset.unsupported': { code: 'unsupported-media-type', status: 415, detail: 'send the body as UTF-8' },
  'encoding.unsupported': { code: 'unsupported-media-type', status: 415, detail: 'send the body as identity, gzip or deflate' },
};

/** A restarted database answers within seconds (chaos: 1.2-2.7 s). */
const DATABASE_RETRY_AFTER_S = 2;

export function notFound(req: Request, res: Response): void {
  sendProblem(req, res, { code: 'route-not-found', status: 404, detail: `no route for ${req.method} ${req.path}` });
}

export function errorHandler(err: unknown, req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(err);
  if (err instanceof InvalidRecord) return sendProblem(req, res, { code: err.code, status: 400, detail: err.message, errors: err.errors });
  if (isAppError(err) && err.httpStatus !== undefined) {
    if (err.httpStatus >= 500) res.locals.log.error({ err }, 'request failed');
    return sendProblem(req, res, { code: err.code, status: err.httpStatus, detail: err.message });
  }
  const bodyError = BODY_ERRORS[(err as { type?: string }).type ?? ''];
  if (bodyError !== undefined) return sendProblem(req, res, bodyError);
  const status = (err as { status?: unknown }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return sendProblem(req, res, { code: 'bad-request', status, detail: 'the request could not be read' });
  }
  if (isDatabaseUnavailable(err)) {
    res.locals.log.warn({ err }, 'database unavailable');
    res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_S));
    // A write whose connection died may have been journaled: the officer is told to look first.
    const detail = req.method === 'GET' ? 'the database does not answer; try again in a few seconds' : 'the database does not answer: this request may or may not have been recorded; look for it before sending it again';
    return sendProblem(req, res, { code: 'database-unavailable', status: 503, detail });
  }
  res.locals.log.error({ err }, 'request failed');
  sendProblem(req, res, { code: 'internal', status: 500, detail: 'the request could not be completed; quote the request id when reporting it' });
}
