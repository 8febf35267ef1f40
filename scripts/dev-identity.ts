// The local stack's identity provider: one ES256 key pair per authority under the git-ignored
// .bex/identity/<authority>/, the public half published as that authority's jwks.json, and a
// minter for demo users' tokens. Unlike the signing keys these are random: tokens must not be
// mintable by anyone who has read the repository.
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { AUTHORITIES, type AuthorityCode } from '@bex/shared';
import { apiAudience, devIdentityDir, devIssuer, devJwksFile, type Role } from '@bex/api';

export const devKeyId = (authority: AuthorityCode): string => `${authority.toLowerCase()}-idp-1`;
const privateKeyFile = (dir: string, authority: AuthorityCode): string => join(dir, authority, `${devKeyId(authority)}.key.pem`);

/** Creates what is missing, never replaces a key: tokens minted earlier stay valid. Safe to run concurrently. */
export function ensureDevIdentity(dir: string = devIdentityDir()): void {
  for (const authority of AUTHORITIES) {
    mkdirSync(join(dir, authority), { recursive: true, mode: 0o700 });
    const key = ensurePrivateKey(privateKeyFile(dir, authority));
    const jwk = { ...createPublicKey(key).export({ format: 'jwk' }), kid: devKeyId(authority), alg: 'ES256', use: 'sig' };
    const jwks = `${JSON.stringify({ keys: [jwk] }, null, 2)}\n`;
    const file = devJwksFile(authority, dir);
    if (existsSync(file) && readFileSync(file, 'utf8') === jwks) continue;
    // Written aside and renamed, so an api reading the file never sees half of it.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, jwks, { mode: 0o644 });
    renameSync(tmp, file);
  }
}

function ensurePrivateKey(file: string): KeyObject {
  if (!existsSync(file)) {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    try {
      // 'wx': if another process got there first, its key wins and ours is dropped.
      writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  chmodSync(file, 0o600);
  return createPrivateKey(readFileSync(file));
}

export interface DevTokenRequest {
  authority: AuthorityCode;
  roles: readonly Role[];
  office?: string;
  gate?: string;
  personalData?: boolean;
  ttlSeconds?: number;
  subject?: string;
  dir?: string;
}

export const DEFAULT_TTL_SECONDS = 15 * 60;

export function mintDevToken(req: DevTokenRequest): string {
  const dir = req.dir ?? devIdentityDir();
  ensureDevIdentity(dir);
  const a = req.authority;
  // A border branch is known by its gate; anyone else without an office works at headquarters.
  const office = req.office ?? (req.gate === undefined ? `${a}-HQ` : undefined);
  const claims = {
    authority: a,
    roles: req.roles,
    ...(office === undefined ? {} : { office }),
    ...(req.gate === undefined ? {} : { gate: req.gate }),
    personal_data: req.personalData ?? false,
  };
  return jwt.sign(claims, createPrivateKey(readFileSync(privateKeyFile(dir, a))), {
    algorithm: 'ES256',
    keyid: devKeyId(a),
    issuer: devIssuer(a),
    audience: apiAudience(a),
    subject: req.subject ?? `${a.toLowerCase()}-${req.roles.join('-')}-demo`,
    expiresIn: req.ttlSeconds ?? DEFAULT_TTL_SECONDS,
  });
}
