// The unauthenticated routes: liveness, readiness and the OpenAPI document (OPEN_ROUTES says so to it). Readiness asks
// the database (the api's own need) and whatever else the process depends on, as the authority
// runner passes it: Kafka and the registry when it runs the relay or the projector. Each check
// gets a short deadline, and the answer names every dependency that failed. The checks of Kafka and
// the registry come cached (cachedCheck), so probes do not each open a broker connection.
// /metrics is not served here: it has a listener of its own (metrics-app.ts), off the public port.
import { Router } from 'express';
import type { OutboxStore } from '@bex/shared';
import { databaseAnswers } from '../../../data-access/database-health';
import type { OpenRoute } from '../openapi/operation-doc';
import { sendProblem } from '../problem';

export type ReadinessCheck = () => Promise<void>;

const CHECK_TIMEOUT_MS = 2_000;

async function passes(check: ReadinessCheck): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([check().then(() => true, () => false), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** The routes below as the OpenAPI document describes them. */
export const OPEN_ROUTES: readonly OpenRoute[] = [
  { method: 'get', path: '/healthz', doc: { operationId: 'health', summary: 'Liveness. Prometheus metrics are not on this port: see BEX_METRICS_PORT', ok: { status: 200, description: 'The process serves HTTP', schema: 'Health' } } },
  {
    method: 'get',
    path: '/readyz',
    doc: {
      operationId: 'readiness',
      summary: 'Readiness: the database, and Kafka and the schema registry where this process runs the relay or projector',
      ok: { status: 200, description: 'Every dependency answers', schema: 'Ready' },
      refusals: [{ status: 503, codes: ['database-unavailable', 'dependency-unavailable'], description: 'errors names each unreachable dependency' }],
    },
  },
  { method: 'get', path: '/openapi.json', doc: { operationId: 'openApiDocument', summary: 'This document', ok: { status: 200, description: 'OpenAPI 3.1', schema: 'OpenApiDocument' } } },
];

/** `document`: the OpenAPI document to serve, built once by the app from the route tables. */
export function operationsRoutes(outbox: OutboxStore, document: object, checks: Record<string, ReadinessCheck> = {}): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (req, res) => {
    const all: Record<string, ReadinessCheck> = {
      database: async () => {
        if (!(await databaseAnswers(outbox))) throw new Error('no ping');
      },
      ...checks,
    };
    const names = Object.keys(all);
    const results = await Promise.all(names.map((name) => passes(all[name]!)));
    const down = names.filter((_, i) => !results[i]);
    if (down.length === 0) {
      res.json({ status: 'ready', checks: Object.fromEntries(names.map((n) => [n, 'up'])) });
      return;
    }
    const code = down.length === 1 && down[0] === 'database' ? 'database-unavailable' : 'dependency-unavailable';
    sendProblem(req, res, { code, status: 503, detail: `not ready: ${down.join(', ')} unreachable`, errors: down.map((name) => ({ path: name, message: 'unreachable' })) });
  });
  router.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  return router;
}
