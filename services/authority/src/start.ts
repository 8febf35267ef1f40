// Starts one authority's roles (BEX_ROLES, default all three) and stops them cleanly on SIGTERM,
// including while it is still starting (a pod that is slow to start must not wait to be killed).
import { createLogger } from '@bex/shared';
import { startAuthority, type RunningAuthority } from './authority-node';
import { loadAuthorityConfig } from './config';

const logger = createLogger('bex-authority');

let node: RunningAuthority | undefined;
let stopping = false;

function shutdown(signal: string): void {
  if (stopping) return;
  stopping = true;
  logger.info({ signal, started: node !== undefined }, 'shutting down');
  // Not started yet: nothing was accepted, so there is nothing to drain.
  if (node === undefined) process.exit(0);
  node.stop().then(() => process.exit(0), (err: unknown) => {
    logger.error({ err: (err as Error).message }, 'unclean shutdown');
    process.exit(1);
  });
}

process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));

async function main(): Promise<void> {
  const cfg = loadAuthorityConfig();
  node = await startAuthority(cfg, logger.child({ authority: cfg.authority }));
}

main().catch((err: unknown) => {
  logger.fatal({ err: (err as Error).message }, 'cannot start');
  process.exit(1);
});
