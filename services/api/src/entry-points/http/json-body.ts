// Bodies are JSON or nothing. An action without content (suspend, withdraw) may come with no body
// and no content type; anything else that is not JSON is refused before it is read.
import express, { type NextFunction, type Request, type Response } from 'express';
import { AppError } from '@bex/shared';

export const BODY_LIMIT = '1mb';

function hasBody(req: Request): boolean {
  return req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] ?? '0') !== '0';
}

function requireJson(req: Request, _res: Response, next: NextFunction): void {
  if (!hasBody(req) || req.is(['application/json', 'application/*+json'])) return next();
  next(new AppError('unsupported-media-type', 'send the body as application/json', { httpStatus: 415 }));
}

export const jsonBody = [requireJson, express.json({ limit: BODY_LIMIT, type: ['application/json', 'application/*+json'] })];
