// Methods are part of the contract: on a path of the OpenAPI document, a method it does not list
// is answered 405 with `Allow`, and OPTIONS answers with exactly the listed methods. This runs
// before authentication: the document is public, so the methods of a path are no secret, and a
// client without a token learns from 405 that the method, not the token, is the problem.
import type { NextFunction, Request, Response } from 'express';
import { sendProblem } from './problem';

interface PathMethods {
  pattern: RegExp;
  allow: string;
}

// Express matches paths case-insensitively and with an optional trailing slash; so does this.
function compile(template: string): RegExp {
  const source = template.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('[^/]+');
  return new RegExp(`^${source}/?$`, 'i');
}

export function methodGuard(paths: Record<string, Record<string, unknown>>) {
  const known: PathMethods[] = Object.entries(paths).map(([template, operations]) => ({
    pattern: compile(template),
    allow: Object.keys(operations).map((m) => m.toUpperCase()).join(', '),
  }));
  return (req: Request, res: Response, next: NextFunction): void => {
    const methods = known.filter((k) => k.pattern.test(req.path)).flatMap((k) => k.allow.split(', '));
    if (methods.length === 0 || methods.includes(req.method)) return next();
    // Several templates can match one path (/v1/policy-changes/in-force and /v1/policy-changes/{id}).
    res.setHeader('Allow', [...new Set(methods)].join(', '));
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    sendProblem(req, res, { code: 'method-not-allowed', status: 405, detail: `${req.method} is not a method of ${req.path}; see Allow` });
  };
}
