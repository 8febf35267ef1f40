// The read audit, for admins only, newest first. There is deliberately no route that changes or
// removes an entry: the AuditLog has no such method to call. Entries name the plates looked up and
// who looked, so reading them is itself audited (audit-read), with the ids of the entries returned.
import type { Request, Response } from 'express';
import { AUDIT_ACTIONS, readEntry, type AuditFilter } from '../../../domain/audit-entry';
import { decodeCursor, page } from '../../../domain/page-cursor';
import { MAX_PAGE } from '../../../domain/seizure-queries';
import { principalOf } from '../auth/authenticate';
import type { Endpoint } from '../auth/endpoint';
import { readQuery, type QueryContext } from './query-context';

const SUBJECT = /^[\x21-\x7e]{1,128}$/;

export const AUDIT_ENDPOINTS: readonly Endpoint<QueryContext>[] = [{ method: 'get', path: '/v1/audit', roles: ['admin'], handle: auditEntries }];

/** The filter an admin asked for, as the audit-read entry's target; every part is validated and bounded. */
function filterTarget(f: AuditFilter): string {
  const parts: string[] = [];
  if (f.from !== undefined) parts.push(`from=${new Date(f.from).toISOString()}`);
  if (f.to !== undefined) parts.push(`to=${new Date(f.to).toISOString()}`);
  if (f.actor !== undefined) parts.push(`actor=${f.actor}`);
  if (f.action !== undefined) parts.push(`action=${f.action}`);
  if (f.after !== undefined) parts.push(`after=${new Date(f.after.key).toISOString()}`);
  parts.push(`limit=${f.limit}`);
  return parts.join('&');
}

async function auditEntries(ctx: QueryContext, req: Request, res: Response): Promise<void> {
  const principal = principalOf(req);
  const f = readQuery(req, res, (p): AuditFilter => {
    const cursor = p.string('cursor', /^[A-Za-z0-9_-]{1,512}$/, 'a cursor from a previous page');
    const after = cursor === undefined ? undefined : (decodeCursor('at', cursor) ?? p.fail('cursor', 'is not a cursor this api made'));
    return {
      from: p.instant('from'),
      to: p.instant('to'),
      actor: p.string('actor', SUBJECT, 'a token subject'),
      action: p.oneOf('action', AUDIT_ACTIONS),
      limit: p.integer('limit', 1, MAX_PAGE) ?? 50,
      ...(after === undefined ? {} : { after }),
    };
  });
  if (f === undefined) return;
  const entries = await ctx.audit.query(f);
  const { items, nextCursor } = page(entries, f.limit, (e) => ({ key: e.at.getTime(), id: e._id.toHexString() }), 'at');
  const returned = items.map((e) => ({ type: 'AuditEntry' as const, source: e.authority, id: e._id.toHexString() }));
  await ctx.audit.record(readEntry(principal, 'audit-read', filterTarget(f), returned, res.locals.requestId, ctx.now()));
  res.json({
    items: items.map(({ _id, kind: _kind, at, ...rest }) => ({ id: _id.toHexString(), at: at.toISOString(), ...rest })),
    nextCursor,
  });
}
