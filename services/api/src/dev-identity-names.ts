// The local identity provider's names (scripts/dev-identity.ts mints with them, services/authority
// defaults to them); a deployment sets BEX_JWKS, BEX_JWT_ISSUER and BEX_JWT_AUDIENCE to its real
// provider's.
import { join } from 'node:path';
import { repositoryRoot, type AuthorityCode } from '@bex/shared';

const repoRoot = repositoryRoot(__dirname);

export const devIssuer = (authority: AuthorityCode): string => `https://idp.${authority.toLowerCase()}.bex.local/`;
export const apiAudience = (authority: AuthorityCode): string => `bex-api-${authority.toLowerCase()}`;
export const devIdentityDir = (root: string = repoRoot): string => join(root, '.bex', 'identity');
export const devJwksFile = (authority: AuthorityCode, dir: string = devIdentityDir()): string => join(dir, authority, 'jwks.json');
