// Refuses a write the caller's token does not cover (domain/may-write.ts), as a 403 that says why.
import { AppError, type AnyRecord } from '@bex/shared';
import type { Request } from 'express';
import { mayWrite } from '../../domain/may-write';
import { principalOf } from './auth/authenticate';

export function authoriseWrite(req: Request, records: readonly AnyRecord[]): void {
  const decision = mayWrite(principalOf(req), records);
  if (!decision.ok) throw new AppError('write-not-yours', decision.detail, { httpStatus: 403 });
}
