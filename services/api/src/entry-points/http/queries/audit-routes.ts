// The read audit, for admins only, newest first. There is deliberately no route that changes or
// removes an entry: the AuditLog has no such method to call. Entries name the plates looked up and
// who looked, so reading them is itself audited (audit-read), with the ids of the entries returned.
import type { Request, Response } from 'express';
import { AUDIT_ACTIONS, readEntry, type AuditFilter } from '../../../domain/audit-entry';
import { decodeCursor, page } from '../../../domain/page-cursor';
import { oneOfParam, textParam } from '../../../domain/query-params';
import { principalOf } from '../auth/authenticate';
import type { Endpoint } from '../auth/endpoint';
import { CURSOR, FROM, pageLimit, TO } from './common-params';
import { readQuery, type QueryContext } from './query-context';

const QUERY = {
  from: FROM,
  to: TO,
  actor: textParam(/^[\x21-\x7e]{1,128}$/, 'a token subject', 'Token subject'),
  action: oneOfParam(AUDIT_ACTIONS, 'Kind of read'),
  limit: pageLimit(50),
  cursor: CURSOR,
};

export const AUDIT_ENDPOINTS: readonly Endpoint<QueryContext>[] = [
  {
    method: 'get',
    path: '/v1/audit',
    roles: ['admin'],
    handle: auditEntries,
    doc: {
      operationId: 'listAuditEntries',
      summary: 'The read audit, newest first (audited)',
      query: QUERY,
      ok: { status: 200, description: 'A page of entries; the read is itself recorded (audit-read) with the ids of the entries returned', schema: 'AuditPage' },
    },
  },
];

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
  const f = readQuery(req, res, QUERY, ({ cursor, ...q }): AuditFilter => {
    const after = cursor === undefined ? undefined : decodeCursor(cursor);
    return { ...q, limit: q.limit ?? 50, ...(after === undefined ? {} : { after }) };
  });
  if (f === undefined) return;
  const entries = await ctx.audit.query(f);
  const { items, nextCursor } = page(entries, f.limit, (e) => ({ key: e.at.getTime(), id: e._id.toHexString() }));
  const returned = items.map((e) => ({ type: 'AuditEntry' as const, source: e.authority, id: e._id.toHexString() }));
  await ctx.audit.record(readEntry(principal, 'audit-read', filterTarget(f), returned, res.locals.requestId, ctx.now()));
  res.json({
    items: items.map(({ _id, kind: _kind, at, ...rest }) => ({ id: _id.toHexString(), at: at.toISOString(), ...rest })),
    nextCursor,
  });
}
