// The express app of one authority's api, without a listener, so tests start it on port 0 and
// start.ts decides ports and shutdown.
import express, { type Express } from 'express';
import type { AuthorityCode, Logger, OutboxStore } from '@bex/shared';
import { RevisionWriter } from '../../data-access/revision-writer';
import { errorHandler, notFound } from './error-handler';
import { healthRoutes } from './health-routes';
import { jsonBody } from './json-body';
import { recordRoutes } from './record-routes';
import { requestContext } from './request-context';
import { supersedeRoute } from './supersede-route';

export interface AppOptions {
  authority: AuthorityCode;
  outbox: OutboxStore;
  logger: Logger;
  now?: () => Date;
}

export function createApp(options: AppOptions): Express {
  const ctx = { authority: options.authority, writer: new RevisionWriter(options.outbox), now: options.now ?? (() => new Date()) };
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(requestContext(options.logger));
  app.use(healthRoutes(options.outbox));
  app.use(jsonBody);
  app.use(recordRoutes(ctx));
  app.use(supersedeRoute(ctx));
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
