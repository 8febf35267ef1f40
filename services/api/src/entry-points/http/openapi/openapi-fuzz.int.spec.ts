// Requests generated from the OpenAPI document, for every operation, against the real app over a
// seeded view: valid ones and mutations of them, then valid ones only with their values at the
// bounds the document states (earliest and latest times, longest strings, fullest arrays and maps),
// as a generic fuzzer's positive tests draw them. Each answer must keep the document (judge.ts): no
// 5xx, a declared status whose schema it matches, a valid request carried out unless the answer
// names a reason the document gives. Submissions run first, so the ids they hand out are drawn
// for the amendments and status changes that follow. BEX_FUZZ_RUNS sets the requests per
// operation, BEX_FUZZ_SEED replays a run.
import fc from 'fast-check';
import { botenSeizure, dakTaOocSeizure } from '@bex/schemas';
import { OPENAPI_DOCUMENT } from '../app';
import { startTestApi, type TestApi } from '../test-api.test-helper';
import { seededId, seedView } from '../queries/seeded-view.test-helper';
import { DocumentSchemas } from './fuzz/document-schemas.test-helper';
import { judge, type Answer } from './fuzz/judge.test-helper';
import { RequestArbitraries, type OperationTarget, type RequestParts } from './fuzz/request-arbitrary.test-helper';

const RUNS = Number(process.env.BEX_FUZZ_RUNS ?? 100);
const SEED = Number(process.env.BEX_FUZZ_SEED ?? Date.now() % 2 ** 31);
const IN_FLIGHT = 6;
const PLATES = ['43C-123.45', 'ກກ 8321', '43c 12345', 'SEED 3'];

interface Tally {
  requests: number;
  valid: number;
  statuses: Record<number, number>;
  failures: string[];
}

// Submissions first (they make ids), then changes, withdrawals last, then reads.
function rank(t: OperationTarget): number {
  const id = t.op.operationId;
  if (id.startsWith('submit')) return 0;
  if (id.startsWith('withdraw')) return 2;
  return t.method === 'get' ? 3 : 1;
}

/** The collection a path's id belongs to: /v1/seizure-cases/{id}/withdraw → /v1/seizure-cases. */
const collectionOf = (template: string): string => template.split('/{')[0]!;

let api: TestApi;
let tokens: Record<string, string> = {};
const CLAIMS: Record<string, Record<string, unknown>> = {
  officer: { roles: ['officer'], office: 'LA-HQ' },
  'border-branch': { roles: ['border-branch'], office: 'LA-DTO', gate: 'LA-DTO' },
  analyst: { roles: ['analyst'], office: 'LA-HQ' },
  admin: { roles: ['admin'], office: 'LA-HQ' },
};

/** A token per role, of subjects of each run's own, so one run's requests do not spend another's rate limit. */
function useTokens(run: string): void {
  tokens = Object.fromEntries(Object.entries(CLAIMS).map(([role, c]) => [role, api.identity.token({ ...c, sub: `fuzz-${run}-${role}` })]));
}

beforeAll(async () => {
  api = await startTestApi('LA');
  await seedView(api.conn, 20);
});
afterAll(async () => api.close());

async function send(target: OperationTarget, parts: RequestParts): Promise<Answer & { bodyBytes: number }> {
  const path = target.template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(parts.path[name] ?? ''));
  const query = new URLSearchParams(parts.query).toString();
  const headers: Record<string, string> = {};
  if (parts.role !== undefined) headers.authorization = `Bearer ${tokens[parts.role]}`;
  if (parts.contentType !== undefined) headers['content-type'] = parts.contentType;
  const body = parts.body === undefined ? undefined : 'raw' in parts.body ? parts.body.raw : JSON.stringify(parts.body.json);
  const res = await fetch(`${api.url}${path}${query === '' ? '' : `?${query}`}`, { method: target.method.toUpperCase(), headers, ...(body === undefined ? {} : { body }) });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    // kept as text: the schema check then says it is not what was declared
  }
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', headers: res.headers, body: parsed, bodyBytes: Buffer.byteLength(body ?? '') };
}

/** What the api logged of a failed request, so a server error comes with its cause. */
function loggedError(answer: Answer): string {
  if (answer.status < 500) return '';
  const requestId = (answer.body as { requestId?: string } | undefined)?.requestId;
  const entry = api.logs.find((l) => l.requestId === requestId && typeof l.err === 'object');
  return entry === undefined ? '' : `\n    logged: ${JSON.stringify(entry.err).slice(0, 800)}`;
}

async function inTurns<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: IN_FLIGHT }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

const schemas = new DocumentSchemas(OPENAPI_DOCUMENT.components.schemas);
const targets: OperationTarget[] = Object.entries(OPENAPI_DOCUMENT.paths)
  .flatMap(([template, ops]) => Object.entries(ops).map(([method, op]) => ({ method, template, op })))
  .sort((a, b) => rank(a) - rank(b));
const ids = new Map<string, string[]>([['/v1/seizure-cases', [botenSeizure.meta.recordId, dakTaOocSeizure.meta.recordId, seededId(1, 1)]]]);

/** Sends what `draw` makes for every operation, judges each answer, and tallies per operation. */
async function fuzz(label: string, seed: number, draw: (target: OperationTarget, known: Record<string, readonly string[]>) => fc.Arbitrary<RequestParts>, arbitraries: RequestArbitraries): Promise<Record<string, Tally>> {
  const tallies: Record<string, Tally> = {};
  for (const [i, target] of targets.entries()) {
    const tally: Tally = (tallies[`${target.method.toUpperCase()} ${target.template}`] = { requests: 0, valid: 0, statuses: {}, failures: [] });
    const known = { id: ids.get(collectionOf(target.template)) ?? [], plate: PLATES };
    const requests = fc.sample(draw(target, known), { numRuns: RUNS, seed: seed + i });
    await inTurns(requests, async (parts) => {
      const valid = arbitraries.isValid(target, parts);
      const answer = await send(target, parts);
      tally.requests++;
      if (valid) tally.valid++;
      tally.statuses[answer.status] = (tally.statuses[answer.status] ?? 0) + 1;
      const recordId = (answer.body as { recordId?: unknown } | undefined)?.recordId;
      if (answer.status === 202 && typeof recordId === 'string') ids.set(collectionOf(target.template), [...(ids.get(collectionOf(target.template)) ?? []), recordId]);
      for (const failure of judge(schemas, target.op, valid, answer, answer.bodyBytes)) {
        tally.failures.push(`${failure}\n    request (${valid ? 'valid' : 'invalid'}, ${parts.mutation}): ${JSON.stringify(parts).slice(0, 1500)}${loggedError(answer)}`);
      }
    });
  }
  const lines = Object.entries(tallies).map(([name, t]) => `${name.padEnd(46)} ${String(t.requests).padStart(4)} requests, ${String(t.valid).padStart(4)} valid, failures ${t.failures.length}, statuses ${JSON.stringify(t.statuses)}`);
  process.stdout.write(`\nOpenAPI fuzz, ${label}, seed ${seed}:\n${lines.join('\n')}\n`);
  return tallies;
}

const failuresOf = (tallies: Record<string, Tally>): string[] => Object.entries(tallies).flatMap(([name, t]) => t.failures.slice(0, 3).map((f) => `${name}: ${f}`));

describe('requests generated from the OpenAPI document', () => {
  it(`keep the document, ${RUNS} per operation (seed ${SEED})`, async () => {
    useTokens('mixed');
    const arbitraries = new RequestArbitraries(schemas);
    const tallies = await fuzz('valid and mutated', SEED, (t, known) => arbitraries.requests(t, known), arbitraries);
    expect(Object.values(tallies).every((t) => t.requests >= RUNS)).toBe(true);
    expect(failuresOf(tallies)).toEqual([]);
  }, 300_000);

  it(`valid at their bounds are carried out, ${RUNS} per operation (seed ${SEED})`, async () => {
    // Every bounded value at its edge in one draw of two: the longest strings, fullest arrays, first and last times.
    useTokens('bounds');
    const arbitraries = new RequestArbitraries(schemas, 1);
    const tallies = await fuzz('valid at the bounds', SEED + 7919, (t, known) => arbitraries.valid(t, known), arbitraries);
    // Every request drawn was valid, so none was refused for its shape: a refusal names state or a rule the document lists.
    expect(Object.entries(tallies).filter(([, t]) => t.valid !== t.requests).map(([name]) => name)).toEqual([]);
    expect(failuresOf(tallies)).toEqual([]);
  }, 300_000);
});
