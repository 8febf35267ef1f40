// The express app of one authority's api, without a listener, so tests start it on port 0 and
// services/authority decides ports and shutdown.
import express, { type Express } from 'express';
import type { AuthorityCode, Logger, OutboxStore } from '@bex/shared';
import { RevisionWriter } from '../../data-access/revision-writer';
import { authenticate } from './auth/authenticate';
import { mountEndpoints, type Endpoint } from './auth/endpoint';
import type { AuthOptions } from './auth/verify-token';
import { errorHandler, notFound } from './error-handler';
import { healthRoutes } from './health-routes';
import { jsonBody } from './json-body';
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
}

/** Every authenticated route with the roles it allows. */
export const API_ENDPOINTS: readonly Endpoint<SubmissionContext>[] = [...RECORD_ENDPOINTS, SUPERSEDE_ENDPOINT];

export function createApp(options: AppOptions): Express {
  const ctx: SubmissionContext = { authority: options.authority, writer: new RevisionWriter(options.outbox), now: options.now ?? (() => new Date()) };
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(requestContext(options.logger));
  app.use(healthRoutes(options.outbox));
  // Before the body parser: an unauthenticated caller does not get to make us read a megabyte.
  // Unknown /v1 paths are refused here too, so route names are no help to a caller without a token.
  app.use('/v1', authenticate(options.authority, options.auth));
  app.use(jsonBody);
  app.use(mountEndpoints(ctx, API_ENDPOINTS));
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
