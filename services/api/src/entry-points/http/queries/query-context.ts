// What the query routes share: whose view this is, how to read it and the audit, and the clock.
import type { Request, Response } from 'express';
import type { DeadLetterStore, ReceiptStore } from '@bex/view';
import type { AuthorityCode, OutboxStore, RecipientLedger } from '@bex/shared';
import type { AuditLog } from '../../../data-access/audit-log';
import type { ViewReader } from '../../../data-access/view-reader';
import type { ViewedReceipts } from '../../../data-access/viewed-receipts';
import type { FieldError } from '../../../domain/field-error';
import { ParamReader, type ParamSpecs, type ParamValues } from '../../../domain/query-params';
import { sendProblem } from '../problem';

export interface QueryContext {
  authority: AuthorityCode;
  views: ViewReader;
  audit: AuditLog;
  now: () => Date;
  /** What admins recover from: dead letters and set-aside outbox documents. */
  operations: { deadLetters: DeadLetterStore; outbox: OutboxStore };
  /** Receipts: those owed when a partner's record is opened, and those partners sent about this authority's records. */
  receipts: { viewed: ViewedReceipts; store: ReceiptStore; ledger: RecipientLedger };
}

/**
 * Reads the query string as `specs` declare it (the route's OpenAPI parameters), then `then` may
 * read further into the values; on any problem answers 400 naming every failing parameter and
 * returns undefined, so a handler just returns.
 */
export function readQuery<S extends ParamSpecs>(req: Request, res: Response, specs: S): ParamValues<S> | undefined;
export function readQuery<S extends ParamSpecs, T>(req: Request, res: Response, specs: S, then: (values: ParamValues<S>, p: ParamReader) => T): T | undefined;
export function readQuery<S extends ParamSpecs, T>(req: Request, res: Response, specs: S, then?: (values: ParamValues<S>, p: ParamReader) => T): T | ParamValues<S> | undefined {
  const reader = new ParamReader(req.query as Record<string, unknown>);
  const values = reader.read(specs);
  const value = then === undefined ? values : then(values, reader);
  reader.rejectUnknown();
  if (reader.errors.length === 0) return value;
  invalidQuery(req, res, reader.errors);
  return undefined;
}

export function invalidQuery(req: Request, res: Response, errors: FieldError[]): void {
  sendProblem(req, res, { code: 'invalid-query', status: 400, detail: `${errors.length} parameter${errors.length === 1 ? '' : 's'} failed validation; see errors`, errors });
}

export function gateNotAllowed(req: Request, res: Response): void {
  res.locals.log.warn({ auth: 'gate-not-allowed' }, 'request refused');
  sendProblem(req, res, { code: 'gate-not-allowed', status: 403, detail: 'a token of a border branch sees only its own gate' });
}

export function notFound(req: Request, res: Response): void {
  sendProblem(req, res, { code: 'record-not-found', status: 404, detail: 'no such record in this authority\'s view' });
}

export function ambiguous(req: Request, res: Response, sources: string[]): void {
  sendProblem(req, res, {
    code: 'record-ambiguous',
    status: 409,
    detail: `records of ${sources.join(', ')} carry this id; a record is named by its source and id, so add ?source=`,
    errors: [{ path: 'source', message: `must be one of ${sources.join(', ')}` }],
  });
}
