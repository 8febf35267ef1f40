// Every /v1 request passes here first: a bearer token from this authority's identity provider,
// for this authority. The principal is attached to the request, and its subject and office go
// into the request's log line (never a name: the subject is the provider's opaque id).
import type { NextFunction, Request, Response } from 'express';
import type { AuthorityCode } from '@bex/shared';
import type { Principal } from './principal';
import { identityProviderUnavailable, unauthenticated, wrongAuthority } from './problems';
import { VerifiedTokens } from './verified-tokens';
import type { AuthOptions } from './verify-token';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      principal?: Principal;
    }
  }
}

// RFC 6750 b64token, which a JWS in compact form always is; anything else is not worth decoding.
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i;

export function authenticate(authority: AuthorityCode, auth: AuthOptions) {
  const realm = auth.audience.replace(/["\\]/g, '');
  const tokens = new VerifiedTokens(auth);
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const header = req.get('authorization');
    const token = header === undefined ? undefined : BEARER.exec(header)?.[1];
    if (token === undefined) {
      res.locals.log.warn({ auth: header === undefined ? 'no-authorization-header' : 'malformed-authorization-header' }, 'request refused');
      return unauthenticated(req, res, realm, header !== undefined);
    }
    const verified = await tokens.verify(token);
    if (!verified.ok) {
      res.locals.log.warn({ auth: verified.reason }, 'request refused');
      if (verified.reason === 'keys-unavailable') return identityProviderUnavailable(req, res);
      return unauthenticated(req, res, realm, true);
    }
    const { principal } = verified;
    res.locals.log = res.locals.log.child({ sub: principal.subject, office: principal.office });
    if (principal.authority !== authority) {
      res.locals.log.warn({ auth: 'wrong-authority', tokenAuthority: principal.authority }, 'request refused');
      return wrongAuthority(req, res);
    }
    req.principal = principal;
    next();
  };
}

/** The caller of a route behind `authenticate`; its absence is a wiring bug, not a client error. */
export function principalOf(req: Request): Principal {
  if (req.principal === undefined) throw new Error(`${req.method} ${req.path} is served without authentication`);
  return req.principal;
}
