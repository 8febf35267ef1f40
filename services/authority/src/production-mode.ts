// Gathers what production mode judges (production-rules.ts) from the configuration and the files
// it names, and refuses to start with every problem at once.
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { devIssuer, devJwksFile } from '@bex/api';
import { AUTHORITIES, DEV_KEYS, devPublicKey, loadTrustStore } from '@bex/shared';
import type { AuthorityConfig } from './config';
import { productionProblems } from './production-rules';

const der = (key: KeyObject): string => key.export({ format: 'der', type: 'spki' }).toString('base64');

/** Every public key the published seed yields for the known key ids, and for these ids under every authority. */
function developmentKeys(keyIds: readonly string[]): Set<string> {
  const keys = new Set(DEV_KEYS.map((k) => der(devPublicKey(k.authority, k.keyId))));
  for (const authority of AUTHORITIES) for (const keyId of keyIds) keys.add(der(devPublicKey(authority, keyId)));
  return keys;
}

export function assertProductionReady(cfg: AuthorityConfig, env: NodeJS.ProcessEnv = process.env): void {
  const trustStore = loadTrustStore(cfg.trustDir);
  const trusted = [...trustStore].flatMap(([authority, keys]) => keys.map((k) => ({ name: `${authority}/${k.keyId}`, keyId: k.keyId, publicKey: k.publicKey })));
  const dev = developmentKeys([...trusted.map((t) => t.keyId), ...(cfg.signingKeyId ? [cfg.signingKeyId] : [])]);
  const signingKeyFile = env.BEX_SIGNING_KEY_FILE ?? '';
  const problems = productionProblems({
    roles: cfg.roles,
    signingKeyFile,
    signingKeyIsDevelopmentKey: signingKeyFile !== '' && dev.has(der(createPublicKey(createPrivateKey(readFileSync(signingKeyFile, 'utf8'))))),
    jwks: env.BEX_JWKS ?? '',
    jwksIsDevelopment: cfg.jwks === devJwksFile(cfg.authority),
    issuerIsDevelopment: cfg.jwtIssuer === devIssuer(cfg.authority),
    developmentTrustedKeys: trusted.filter((t) => dev.has(der(t.publicKey))).map((t) => t.name),
    kafkaTls: cfg.kafkaSecurity.ssl === true,
    kafkaSasl: cfg.kafkaSecurity.sasl !== undefined,
  });
  if (problems.length > 0) throw new Error(`refusing to start in production mode (BEX_MODE=production):\n  ${problems.join('\n  ')}`);
}
