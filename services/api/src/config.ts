// Everything the api reads from its environment, checked at once at start.
import { AUTHORITIES, int, oneOf, readConfig, str } from '@bex/shared';

export const API_CONFIG = {
  authority: oneOf('BEX_AUTHORITY', AUTHORITIES),
  mongoUrl: str('BEX_MONGO_URL'),
  database: str('BEX_MONGO_DB', ''),
  port: int('BEX_API_PORT', 8080, 0, 65535),
  shutdownGraceMs: int('BEX_API_SHUTDOWN_GRACE_MS', 10_000, 0, 120_000),
};

export type ApiConfig = ReturnType<typeof readApiConfig>;

export function readApiConfig(env: NodeJS.ProcessEnv = process.env) {
  const cfg = readConfig(API_CONFIG, env);
  // One database per authority (DESIGN.md §2), named after it unless told otherwise.
  return { ...cfg, database: cfg.database === '' ? `bex_${cfg.authority.toLowerCase()}` : cfg.database };
}
