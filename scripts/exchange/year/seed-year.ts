// Feeds a planned year (year-plan.ts) through the real apis of LA, VN and CN with the typed client,
// one call after another (changes and hits need the ids of what came before), printing progress.
import { apiClient, type ApiClient } from '@bex/api';
import { mintDevToken } from '../../dev-identity';
import { step as progress } from '../../stack/progress';
import type { Authority } from './profiles';
import { planYear, type Step, type YearOptions } from './year-plan';

export type ApiUrls = Record<Authority, string>;

async function call(client: ApiClient, step: Step, ids: ReadonlyMap<string, string>): Promise<string | undefined> {
  const target = step.target === undefined ? undefined : ids.get(step.target);
  if (step.target !== undefined && target === undefined) throw new Error(`year seed: ${step.name} refers to ${step.target}, which was not created`);
  const input = { ...(target === undefined ? {} : { path: { id: target } }), ...(step.body === undefined ? {} : { body: step.body(ids) }) };
  // The plan names operations at run time; the typed client checks the bodies where they are built.
  const send = client.call as unknown as (op: string, input: unknown) => Promise<{ status: number; body: unknown; headers: Headers }>;
  let answer = await send(step.operation, input);
  // One officer's token sends the whole year, faster than the api's per-subject budget allows: a
  // 429 is waited out as its Retry-After says and the same request sent again (nothing was written).
  for (let waits = 0; Number(answer.status) === 429 && waits < 60; waits++) {
    await new Promise((r) => setTimeout(r, 1000 * Math.max(1, Number(answer.headers.get('retry-after') ?? '1') || 1)));
    answer = await send(step.operation, input);
  }
  const body = answer.body as { recordId?: string } | undefined;
  if (Number(answer.status) !== 202 || body?.recordId === undefined) {
    throw new Error(`year seed: ${step.authority} ${step.operation} (${step.name}) answered ${answer.status}: ${JSON.stringify((answer.body as { errors?: unknown } | undefined)?.errors ?? answer.body).slice(0, 800)}`);
  }
  return body.recordId;
}

/** Seeds the year; returns the counts of what was made. */
export async function seedYear(urls: ApiUrls, opts: YearOptions): Promise<Record<string, number>> {
  const plan = planYear(opts);
  const clients = Object.fromEntries((Object.keys(urls) as Authority[]).map((a) => [a, apiClient(urls[a], mintDevToken({ authority: a, roles: ['officer'], personalData: true }))])) as Record<Authority, ApiClient>;
  const ids = new Map<string, string>();
  const every = Math.max(1, Math.round(plan.steps.length / 10));
  const started = Date.now();
  for (const [i, s] of plan.steps.entries()) {
    const id = await call(clients[s.authority], s, ids);
    if (id !== undefined && !ids.has(s.name)) ids.set(s.name, id);
    if ((i + 1) % every === 0 || i + 1 === plan.steps.length) progress(`  a year of exchange: ${i + 1} / ${plan.steps.length} requests (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  return plan.counts;
}
