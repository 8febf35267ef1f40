// The express app of one authority's api, without a listener, so tests start it on port 0 and
// services/authority decides ports and shutdown.
import express, { type Express } from 'express';
import type { Connection } from 'mongoose';
import { DeadLetterStore, MatchStore, ReceiptStore, ViewStore } from '@bex/view';
import { ReceiptOutbox, RecipientLedger, type Agreement, type AuthorityCode, type Logger, type OutboxStore } from '@bex/shared';
import { AuditLog } from '../../data-access/audit-log';
import { RevisionWriter } from '../../data-access/revision-writer';
import { ViewReader } from '../../data-access/view-reader';
import { ViewedReceipts } from '../../data-access/viewed-receipts';
import { addressRateLimit, type AddressRateLimitOptions } from './address-rate-limit';
import { authenticate } from './auth/authenticate';
import { mountEndpoints, type Endpoint } from './auth/endpoint';
import type { AuthOptions } from './auth/verify-token';
import { dashboardRouter } from './dashboard/dashboard-router';
import { errorHandler, notFound } from './error-handler';
import { jsonBody } from './json-body';
import { MATCH_ENDPOINTS, type MatchContext } from './match-routes';
import { methodGuard } from './method-guard';
import { buildOpenApiDocument } from './openapi/document';
import { OPERATOR_ENDPOINTS, QUERY_ENDPOINTS, type QueryContext } from './queries';
import { ApiMetrics } from './queries/metrics';
import { OPEN_ROUTES, operationsRoutes, type ReadinessCheck } from './queries/operations-routes';
import { rateLimit, type RateLimitOptions } from './rate-limit';
import { RECORD_ENDPOINTS } from './record-routes';
import { requestContext } from './request-context';
import type { SubmissionContext } from './submission-context';
import { SUPERSEDE_ENDPOINT } from './supersede-route';

export interface AppOptions {
  authority: AuthorityCode;
  outbox: OutboxStore;
  logger: Logger;
  /** How bearer tokens are checked; every /v1 route requires one. */
  auth: AuthOptions;
  now?: () => Date;
  /** The authority's view database; by default the outbox's, as one authority keeps one database. */
  views?: Connection;
  /**
   * The process's metrics: the api records request latency into them; they are served on the
   * operations listener (metrics-app.ts), never by this app. Default: a registry of the app's own.
   */
  metrics?: ApiMetrics;
  /** Per-subject limit on /v1 (after authentication); none when absent. The authority always sets it. */
  rateLimit?: RateLimitOptions;
  /** Per-address limit on /v1 (before authentication); none when absent. The authority always sets it. */
  addressRateLimit?: AddressRateLimitOptions;
  /** Dependencies besides the database that /readyz must find reachable, by name. */
  readiness?: Record<string, ReadinessCheck>;
  /** The agreements: whether a partner wants VIEWED receipts (on when absent), and what a confirmed match's hit may carry of a third authority's record (nothing when absent). */
  agreements?: readonly Agreement[];
  /** Where VIEWED receipts are owed; by default the view database's receipt outbox. */
  receiptOutbox?: ReceiptOutbox;
}

/** Every submission route with the roles it allows. */
export const API_ENDPOINTS: readonly Endpoint<SubmissionContext>[] = [...RECORD_ENDPOINTS, SUPERSEDE_ENDPOINT];
export { MATCH_ENDPOINTS, OPERATOR_ENDPOINTS, QUERY_ENDPOINTS };

/** The OpenAPI document of every route the app mounts, built from the same tables. */
export const OPENAPI_DOCUMENT = buildOpenApiDocument([...API_ENDPOINTS, ...QUERY_ENDPOINTS, ...MATCH_ENDPOINTS, ...OPERATOR_ENDPOINTS], OPEN_ROUTES);

export function createApp(options: AppOptions): Express {
  const viewDb = options.views ?? options.outbox.model.db;
  const now = options.now ?? (() => new Date());
  const ctx: SubmissionContext = { authority: options.authority, writer: new RevisionWriter(options.outbox), now };
  const audit = new AuditLog(viewDb);
  audit.init().catch((err: unknown) => options.logger.error({ err }, 'audit indexes could not be created'));
  const queries: QueryContext = { authority: options.authority, views: new ViewReader(viewDb, () => new ViewStore(viewDb).init()), audit, now: ctx.now, operations: { deadLetters: new DeadLetterStore(viewDb), outbox: options.outbox },
    receipts: {
      viewed: new ViewedReceipts(options.receiptOutbox ?? new ReceiptOutbox(viewDb), options.authority, options.agreements ?? [], options.logger),
      store: new ReceiptStore(viewDb),
      ledger: new RecipientLedger(options.outbox.model.db),
    },
  };
  const matches: MatchContext = { ...queries, writer: ctx.writer, matches: new MatchStore(viewDb), agreements: options.agreements ?? [] };
  const metrics = options.metrics ?? new ApiMetrics();
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(requestContext(options.logger));
  app.use(metrics.timing());
  app.use(methodGuard(OPENAPI_DOCUMENT.paths));
  app.use(operationsRoutes(options.outbox, OPENAPI_DOCUMENT, options.readiness));
  // Public static page and its bundled assets; its data calls go to /v1 with the user's token.
  app.use('/dashboard', dashboardRouter());
  // Before authentication: a flood of forged tokens is refused by address before any is verified.
  if (options.addressRateLimit !== undefined) app.use('/v1', addressRateLimit(options.addressRateLimit));
  // Before the body parser: an unauthenticated caller does not get to make us read a megabyte.
  // Unknown /v1 paths are refused here too, so route names are no help to a caller without a token.
  app.use('/v1', authenticate(options.authority, options.auth));
  // After authentication, so the bucket is the token subject's; health and metrics are not limited.
  if (options.rateLimit !== undefined) app.use('/v1', rateLimit(options.rateLimit));
  app.use(jsonBody);
  app.use(mountEndpoints(ctx, API_ENDPOINTS));
  app.use(mountEndpoints(queries, QUERY_ENDPOINTS));
  app.use(mountEndpoints(matches, MATCH_ENDPOINTS));
  app.use(mountEndpoints(queries, OPERATOR_ENDPOINTS));
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
