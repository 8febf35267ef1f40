// The key this authority's relay signs with: a PEM file in deployment; the published dev key in the
// local stack (and a loud warning, since anyone can recompute it).
import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DEV_SIGNING_KEY_IDS, devPrivateKey, type AuthorityCode, type Logger } from '@bex/shared';
import type { SigningKey } from '@bex/relay';

export function signingKey(authority: AuthorityCode, keyId: string | undefined, keyFile: string | undefined, logger: Logger): SigningKey {
  if (keyFile) {
    if (!keyId) throw new Error('invalid configuration:\n  BEX_SIGNING_KEY_ID: required when BEX_SIGNING_KEY_FILE is set');
    return { keyId, privateKey: createPrivateKey(readFileSync(keyFile, 'utf8')) };
  }
  const devKeyId = keyId ?? DEV_SIGNING_KEY_IDS[authority];
  logger.warn({ keyId: devKeyId }, 'signing with a DEVELOPMENT key (BEX_SIGNING_KEY_FILE not set); never use this in deployment');
  return { keyId: devKeyId, privateKey: devPrivateKey(authority, devKeyId) };
}
