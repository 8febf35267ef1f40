// Liveness says the process serves HTTP; readiness says it can also accept submissions, which
// needs the database. Kafka is not asked: the api accepts records while Kafka is down.
import { Router } from 'express';
import type { OutboxStore } from '@bex/shared';
import { databaseAnswers } from '../../data-access/database-health';
import { sendProblem } from './problem';

export function healthRoutes(outbox: OutboxStore): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (req, res) => {
    if (await databaseAnswers(outbox)) {
      res.json({ status: 'ready' });
      return;
    }
    sendProblem(req, res, { code: 'database-unavailable', status: 503, detail: 'MongoDB does not answer a ping' });
  });
  return router;
}
