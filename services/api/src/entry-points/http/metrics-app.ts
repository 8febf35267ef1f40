// The operations listener of every process, on its own port (BEX_METRICS_PORT), apart from the
// public api: Prometheus metrics and the process's liveness. Relay-only and projector-only
// processes run it too, so their gauges are scraped and a stopped relay loop or a crashed Kafka
// consumer is seen by the orchestrator. Without a listener here, so services/authority decides
// port and shutdown.
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { Logger } from '@bex/shared';
import { notFound } from './error-handler';
import { sendProblem } from './problem';
import type { ApiMetrics } from './queries/metrics';

/** True while the role it watches is working: its loop runs and has turned within the allowed silence. */
export type LivenessCheck = () => boolean;

export interface MetricsAppOptions {
  metrics: ApiMetrics;
  logger: Logger;
  /** The roles of this process that can die on their own, by name; the api needs none. */
  liveness?: Record<string, LivenessCheck>;
}

export function createMetricsApp(options: MetricsAppOptions): Express {
  const liveness = options.liveness ?? {};
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.get('/metrics', (req, res) => options.metrics.serve(req, res));
  app.get('/healthz', (req, res) => {
    const names = Object.keys(liveness);
    const down = names.filter((name) => !liveness[name]!());
    if (down.length === 0) {
      res.json({ status: 'ok', checks: Object.fromEntries(names.map((n) => [n, 'up'])) });
      return;
    }
    sendProblem(req, res, { code: 'not-alive', status: 503, detail: `not alive: ${down.join(', ')} stopped or stalled`, errors: down.map((name) => ({ path: name, message: 'stopped or stalled' })) });
  });
  app.use(notFound);
  app.use((err: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    // A gauge that cannot be read (the database is down) fails the scrape, which Prometheus records.
    options.logger.error({ err, path: req.path }, 'metrics request failed');
    sendProblem(req, res, { code: 'internal', status: 500, detail: 'the metrics could not be collected' });
  });
  return app;
}
