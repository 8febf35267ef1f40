// A route and the roles it allows, declared together, so that the router, the tests and any
// documentation read the same table and no route is mounted without its list of roles.
import { Router, type Request, type Response } from 'express';
import type { OperationDoc } from '../openapi/operation-doc';
import { allow, type AllowedRoles } from './require-roles';

export interface Endpoint<C> {
  method: 'get' | 'post' | 'put' | 'delete';
  /** An express path, e.g. /v1/vehicle-alerts/:id/suspend */
  path: string;
  roles: AllowedRoles;
  handle(ctx: C, req: Request, res: Response): Promise<void>;
  /** What the OpenAPI document says of the route; required, so no route goes undocumented. */
  doc: OperationDoc;
}

export function mountEndpoints<C>(ctx: C, endpoints: readonly Endpoint<C>[]): Router {
  const router = Router();
  for (const e of endpoints) router[e.method](e.path, allow(...e.roles), (req, res) => e.handle(ctx, req, res));
  return router;
}
