// Every response and log line carries a request id, so an officer's report of a failure can be
// found in the logs. A caller's own id is kept when it is sane, so ids can span systems.
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '@bex/shared';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      requestId: string;
      log: Logger;
    }
  }
}

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestPath(req: Request): string {
  // Query strings may hold plates or names: log and echo the path only.
  return req.originalUrl.split('?')[0] ?? '/';
}

export function requestContext(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const incoming = req.get('x-request-id');
    const requestId = incoming !== undefined && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const started = process.hrtime.bigint();
    res.locals.requestId = requestId;
    res.locals.log = logger.child({ requestId });
    res.setHeader('x-request-id', requestId);
    res.on('close', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      const line = { method: req.method, path: requestPath(req), status: res.statusCode, durationMs: Math.round(durationMs * 10) / 10 };
      if (!res.writableFinished) res.locals.log.warn({ ...line, aborted: true }, 'request aborted');
      else res.locals.log.info(line, 'request');
    });
    next();
  };
}
