// Hosts an authority's api (the real express app) over a given outbox, on a loopback port, with a
// benchmark-only identity provider: a P-256 key made for this run, whose public half is the only
// key the api trusts. The benchmark thereby needs no identity provider and no token configuration,
// and measures token verification like any caller would cause it.
import { createSign, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from '@bex/api';
import type { AuthorityCode, Logger, OutboxStore } from '@bex/shared';

export interface HostedApi {
  url: string;
  /** Headers every request needs (the bearer token of an officer of this authority). */
  headers: Record<string, string>;
  close(): Promise<void>;
}

const b64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url');

/** A compact ES256 JWS; the signature in the JOSE form (r||s), not DER. */
function es256Token(claims: Record<string, unknown>, kid: string, privateKey: KeyObject): string {
  const input = `${b64url(JSON.stringify({ alg: 'ES256', typ: 'JWT', kid }))}.${b64url(JSON.stringify(claims))}`;
  const signature = createSign('SHA256').update(input).sign({ key: privateKey, dsaEncoding: 'ieee-p1363' });
  return `${input}.${b64url(signature)}`;
}

function benchAuth(authority: AuthorityCode): { auth: AppOptions['auth']; token: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const kid = `bench-${randomBytes(4).toString('hex')}`;
  const issuer = 'bex-bench-idp';
  const audience = `bex-api-${authority.toLowerCase()}`;
  const iat = Math.floor(Date.now() / 1000);
  // The api refuses lifetimes over an hour; every scenario's bounds keep a run well inside that.
  const token = es256Token(
    { iss: issuer, aud: audience, sub: 'bench-officer', authority, office: `${authority}-BENCH`, roles: ['officer'], iat, exp: iat + 3600 },
    kid,
    privateKey,
  );
  const jwks = { key: async (k: string) => (k === kid ? { kid, algorithm: 'ES256' as const, key: publicKey } : undefined) };
  return { auth: { jwks, issuer, audience }, token };
}

export async function hostApi(authority: AuthorityCode, outbox: OutboxStore, logger: Logger): Promise<HostedApi> {
  const { auth, token } = benchAuth(authority);
  const server = http.createServer(createApp({ authority, outbox, logger, auth }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    headers: { authorization: `Bearer ${token}` },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
