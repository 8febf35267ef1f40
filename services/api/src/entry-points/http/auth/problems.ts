// Refusals of authentication and authorisation. A 401 looks the same whatever was wrong with the
// token, so a client probing tokens learns nothing; the reason goes to the log instead.
import type { Request, Response } from 'express';
import { sendProblem } from '../problem';

export function unauthenticated(req: Request, res: Response, realm: string, tokenPresented: boolean): void {
  // RFC 6750 §3: name the scheme, and say "invalid_token" only when a token was sent.
  res.setHeader('WWW-Authenticate', `Bearer realm="${realm}"${tokenPresented ? ', error="invalid_token"' : ''}`);
  sendProblem(req, res, { code: 'unauthenticated', status: 401, detail: 'send a valid bearer token from your authority\'s identity provider' });
}

export function wrongAuthority(req: Request, res: Response): void {
  sendProblem(req, res, { code: 'wrong-authority', status: 403, detail: 'this api serves another authority than the one your token was issued for' });
}

export function roleNotAllowed(req: Request, res: Response): void {
  sendProblem(req, res, { code: 'role-not-allowed', status: 403, detail: 'none of your roles may do this' });
}

export function identityProviderUnavailable(req: Request, res: Response): void {
  res.setHeader('Retry-After', '5');
  sendProblem(req, res, { code: 'identity-provider-unavailable', status: 503, detail: 'tokens cannot be checked right now; try again shortly' });
}
