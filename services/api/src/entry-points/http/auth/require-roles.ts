// Per route: which roles may call it. At least one role must be named, so a route cannot be
// opened to everyone by forgetting to list them.
import type { NextFunction, Request, Response } from 'express';
import { principalOf } from './authenticate';
import type { Role } from './principal';
import { roleNotAllowed } from './problems';

export type AllowedRoles = readonly [Role, ...Role[]];

export function allow(...roles: AllowedRoles) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!principalOf(req).roles.some((r) => roles.includes(r))) {
      res.locals.log.warn({ auth: 'role-not-allowed', allowed: roles }, 'request refused');
      return roleNotAllowed(req, res);
    }
    next();
  };
}
