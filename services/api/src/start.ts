// Runs one authority's api: on SIGTERM it stops accepting connections, lets in-flight requests
// finish (each ends with its outbox write), then closes the database, within a grace period.
import { createServer } from 'node:http';
import mongoose from 'mongoose';
import { createLogger, OutboxStore } from '@bex/shared';
import { readApiConfig } from './config';
import { createApp } from './entry-points/http/app';

async function main(): Promise<void> {
  const cfg = readApiConfig();
  const logger = createLogger(`api-${cfg.authority.toLowerCase()}`);
  const conn = await mongoose.createConnection(cfg.mongoUrl, { dbName: cfg.database }).asPromise();
  const outbox = new OutboxStore(conn);
  await outbox.init();
  const server = createServer(createApp({ authority: cfg.authority, outbox, logger }));
  server.listen(cfg.port, () => logger.info({ port: cfg.port, database: cfg.database }, 'api listening'));
  process.once('SIGTERM', () => {
    logger.info('SIGTERM: draining');
    setTimeout(() => server.closeAllConnections(), cfg.shutdownGraceMs).unref();
    server.close(() => void conn.close().then(() => logger.info('api stopped')));
    server.closeIdleConnections();
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
