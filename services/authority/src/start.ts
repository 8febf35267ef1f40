// Starts one authority's roles (BEX_ROLES, default all three) and stops them cleanly on SIGTERM.
import { createLogger } from '@bex/shared';
import { startAuthority } from './authority-node';
import { loadAuthorityConfig } from './config';

const logger = createLogger('bex-authority');

async function main(): Promise<void> {
  const cfg = loadAuthorityConfig();
  const node = await startAuthority(cfg, logger.child({ authority: cfg.authority }));
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    node.stop().then(() => process.exit(0), (err: unknown) => {
      logger.error({ err: (err as Error).message }, 'unclean shutdown');
      process.exit(1);
    });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  logger.fatal({ err: (err as Error).message }, 'cannot start');
  process.exit(1);
});
