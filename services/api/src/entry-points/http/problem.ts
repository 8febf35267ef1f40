// Errors as RFC 9457 problem details. The `type` URI names the problem for machines, the title is
// stable for a type, and the detail may vary; internals (stack, driver messages) never leave.
import type { Request, Response } from 'express';
import type { FieldError } from '../../domain/field-error';
import { requestPath } from './request-context';

export const PROBLEM_BASE = 'https://bex.example/problems/';

const TITLES: Record<string, string> = {
  validation: 'Invalid record',
  'malformed-json': 'Malformed JSON',
  'route-not-found': 'No such resource',
  'record-not-found': 'Record not found',
  'not-record-owner': 'Only the source authority may change this record',
  'illegal-transition': 'Action not allowed in the record\'s current status',
  'payload-too-large': 'Request body too large',
  'unsupported-media-type': 'Unsupported content type',
  'revision-contention': 'Record busy, try again',
  'database-unavailable': 'Database unavailable',
  internal: 'Internal error',
  'invalid-query': 'Invalid query parameters',
  'gate-not-allowed': 'A border branch may only ask about its own gate',
  'dependency-unavailable': 'A dependency is unavailable',
  unauthenticated: 'Authentication required',
  'wrong-authority': 'Token of another authority',
  'role-not-allowed': 'Not open to your role',
  'identity-provider-unavailable': 'Identity provider keys unavailable',
  'rate-limited': 'Too many requests',
  'not-alive': 'A role of this process has stopped',
  'method-not-allowed': 'Method not allowed on this resource',
  'write-not-yours': 'The record is not your office\'s or gate\'s',
  'record-ambiguous': 'Several sources hold this id',
  'not-set-aside': 'No such set-aside outbox document',
  'bad-request': 'The request could not be read',
};

export interface Problem {
  code: string;
  status: number;
  detail: string;
  errors?: FieldError[];
}

export function sendProblem(req: Request, res: Response, problem: Problem): void {
  res
    .status(problem.status)
    .type('application/problem+json')
    .json({
      type: `${PROBLEM_BASE}${problem.code}`,
      title: TITLES[problem.code] ?? 'Request refused',
      status: problem.status,
      detail: problem.detail,
      instance: requestPath(req),
      requestId: res.locals.requestId,
      ...(problem.errors === undefined ? {} : { errors: problem.errors }),
    });
}
