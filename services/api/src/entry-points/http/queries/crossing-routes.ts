// The border crossings BEX knows, with the gates of each side: what a client offers where a gate
// or a crossing is asked for. Open to every role; nothing in it is secret.
import type { Request, Response } from 'express';
import { GATES } from '@bex/schemas';
import { CROSSINGS } from '@bex/shared';
import type { Endpoint } from '../auth/endpoint';
import { readQuery, type QueryContext } from './query-context';

export const CROSSING_ENDPOINTS: readonly Endpoint<QueryContext>[] = [
  {
    method: 'get',
    path: '/v1/crossings',
    roles: ['border-branch', 'officer', 'analyst', 'admin'],
    handle: listCrossings,
    doc: {
      operationId: 'listCrossings',
      summary: 'Border crossings: the gates on either side of each',
      query: {},
      ok: { status: 200, description: 'Every crossing with its gates', schema: 'CrossingList' },
    },
  },
];

async function listCrossings(_ctx: QueryContext, req: Request, res: Response): Promise<void> {
  if (readQuery(req, res, {}) === undefined) return;
  res.json({
    items: CROSSINGS.map((c) => ({
      code: c.code,
      name: c.name,
      gates: c.gates.map((g) => {
        const known = (GATES as Record<string, { name: string; country: string } | undefined>)[g];
        return { code: g, name: known?.name ?? g, country: known?.country ?? g.slice(0, 2) };
      }),
    })),
  });
}
