// Prometheus metrics of one authority process, served on its operations listener (metrics-app.ts)
// apart from the public api. Each has its own registry, so several authorities in one process
// (tests, benches) do not collide. The pipeline figures belong to the relay
// and projector: they reach the api as callbacks, read at scrape time, and are simply absent when
// the process does not run that role.
import type { NextFunction, Request, Response } from 'express';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { pacedRead } from './paced-read';

export interface PipelineGauges {
  /** Revisions in the outbox not yet published (OutboxStore.backlog()). */
  relayBacklog?: () => Promise<number>;
  /** Inbox records the view has not taken in yet. */
  consumerLag?: () => Promise<number>;
  /** Records the projector refused, kept in dead letters. */
  deadLetters?: () => Promise<number>;
  /** Documents the projector has changed in the view since this process started. */
  recordsApplied?: () => number;
}

export class ApiMetrics {
  readonly registry = new Registry();
  private readonly duration: Histogram<'route' | 'method' | 'status'>;

  constructor(gauges: PipelineGauges = {}) {
    this.duration = new Histogram({
      name: 'bex_http_request_duration_seconds',
      help: 'HTTP request latency by route template, method and status',
      labelNames: ['route', 'method', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [this.registry],
    });
    const gauge = (name: string, help: string, read: (() => Promise<number>) | undefined) => {
      if (read === undefined) return;
      new Gauge({ name, help, registers: [this.registry], async collect() { this.set(await read()); } });
    };
    // Counted in the database, at a cost that grows with the count: paced (paced-read.ts).
    const paced = (read: (() => Promise<number>) | undefined) => (read === undefined ? undefined : pacedRead(read));
    gauge('bex_relay_backlog', 'Outbox revisions not yet published to Kafka (recounted less often while counting is slow)', paced(gauges.relayBacklog));
    gauge('bex_projector_consumer_lag', 'Inbox records not yet applied to the view', gauges.consumerLag);
    gauge('bex_dead_letters', 'Records refused by the projector and kept as dead letters (recounted less often while counting is slow)', paced(gauges.deadLetters));
    const applied = gauges.recordsApplied;
    if (applied !== undefined) {
      let reported = 0;
      new Counter({
        name: 'bex_projector_records_applied_total',
        help: 'View documents changed by the projector',
        registers: [this.registry],
        collect() {
          const now = applied();
          if (now > reported) this.inc(now - reported);
          reported = Math.max(reported, now);
        },
      });
    }
  }

  /** Times every request; the label is the route template, never the path, so plates and ids stay out. */
  timing() {
    return (req: Request, res: Response, next: NextFunction): void => {
      const stop = this.duration.startTimer();
      res.on('finish', () => {
        const template = req.route === undefined ? 'unmatched' : `${req.baseUrl}${String((req.route as { path: unknown }).path)}`;
        stop({ route: template, method: req.method, status: String(res.statusCode) });
      });
      next();
    };
  }

  async serve(_req: Request, res: Response): Promise<void> {
    res.type(this.registry.contentType).send(await this.registry.metrics());
  }
}
