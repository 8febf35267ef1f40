// Everything the api reads from its environment, checked at once at start.
import { join, resolve } from 'node:path';
import { AUTHORITIES, int, oneOf, readConfig, str, type AuthorityCode } from '@bex/shared';

const repoRoot = resolve(__dirname, '..', '..', '..');

export const API_CONFIG = {
  authority: oneOf('BEX_AUTHORITY', AUTHORITIES),
  mongoUrl: str('BEX_MONGO_URL'),
  database: str('BEX_MONGO_DB', ''),
  port: int('BEX_API_PORT', 8080, 0, 65535),
  shutdownGraceMs: int('BEX_API_SHUTDOWN_GRACE_MS', 10_000, 0, 120_000),
  // A file path or the identity provider's https URL; defaults to the local dev identity.
  jwks: str('BEX_JWKS', ''),
  jwtIssuer: str('BEX_JWT_ISSUER', ''),
  jwtAudience: str('BEX_JWT_AUDIENCE', ''),
};

export type ApiConfig = ReturnType<typeof readApiConfig>;

// The local identity provider's names (scripts/dev-identity.ts mints with them); a deployment sets
// BEX_JWKS, BEX_JWT_ISSUER and BEX_JWT_AUDIENCE to its real provider's.
export const devIssuer = (authority: AuthorityCode): string => `https://idp.${authority.toLowerCase()}.bex.local/`;
export const apiAudience = (authority: AuthorityCode): string => `bex-api-${authority.toLowerCase()}`;
export const devIdentityDir = (root: string = repoRoot): string => join(root, '.bex', 'identity');
export const devJwksFile = (authority: AuthorityCode, dir: string = devIdentityDir()): string => join(dir, authority, 'jwks.json');

export function readApiConfig(env: NodeJS.ProcessEnv = process.env) {
  const cfg = readConfig(API_CONFIG, env);
  const a = cfg.authority;
  return {
    ...cfg,
    // One database per authority (DESIGN.md §2), named after it unless told otherwise.
    database: cfg.database === '' ? `bex_${a.toLowerCase()}` : cfg.database,
    jwks: cfg.jwks || devJwksFile(a),
    jwtIssuer: cfg.jwtIssuer || devIssuer(a),
    jwtAudience: cfg.jwtAudience || apiAudience(a),
  };
}
