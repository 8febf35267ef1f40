// Sends the workload to the three apis at a steady rate with a bounded number of requests in
// flight, and sorts every answer: 202 (accepted, recorded), a refusal (nothing written), or an
// unknown outcome (no answer, or a server error: the write may have happened).
import { mintDevToken } from '../dev-identity';
import type { Rng } from './rng';
import { CHAOS_AUTHORITY_CODES, type Code, type PlannedRequest, type Workload } from './workload';

export interface LoadOptions {
  apis: Record<Code, string>;
  count: number;
  rate: number;
  concurrency: number;
  requestTimeoutMs?: number;
  onProgress?: (line: string) => void;
}

export interface LoadStats {
  submissions: number;
  accepted: number;
  /** Answers other than 202, by HTTP status or by the client error (ECONNREFUSED, timeout, ...). */
  notAccepted: Record<string, number>;
  /** Of those, the ones whose outcome is unknown (the server may have written). */
  unknownOutcome: number;
  byAuthority: Record<Code, { submissions: number; accepted: number }>;
  byAction: Record<string, { submissions: number; accepted: number }>;
  startedAt: number;
  durationMs: number;
}

// Tokens live 15 minutes (the apis refuse more than an hour); a fresh one every 10.
const TOKEN_REFRESH_MS = 10 * 60_000;

function tokenSource(): (a: Code) => string {
  const minted = new Map<Code, { token: string; at: number }>();
  return (a) => {
    const known = minted.get(a);
    if (known && Date.now() - known.at < TOKEN_REFRESH_MS) return known.token;
    const token = mintDevToken({ authority: a, roles: ['officer'], personalData: true, subject: `${a.toLowerCase()}-chaos-driver` });
    minted.set(a, { token, at: Date.now() });
    return token;
  };
}

function clientError(err: unknown): { label: string; sent: boolean } {
  const e = err as { name?: string; cause?: { code?: string; name?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return { label: 'timeout', sent: true };
  const code = e.cause?.code ?? e.cause?.name ?? 'fetch-error';
  // Refused: the request never reached a server. Anything else may have been read and acted on.
  return { label: code, sent: code !== 'ECONNREFUSED' };
}

export async function driveLoad(workload: Workload, rng: Rng, opts: LoadOptions): Promise<LoadStats> {
  const tokenOf = tokenSource();
  const stats: LoadStats = {
    submissions: 0,
    accepted: 0,
    notAccepted: {},
    unknownOutcome: 0,
    byAuthority: { LA: { submissions: 0, accepted: 0 }, VN: { submissions: 0, accepted: 0 }, CN: { submissions: 0, accepted: 0 } },
    byAction: {},
    startedAt: Date.now(),
    durationMs: 0,
  };
  const count = (label: string): void => {
    stats.notAccepted[label] = (stats.notAccepted[label] ?? 0) + 1;
  };

  const send = async (req: PlannedRequest): Promise<void> => {
    const action = (stats.byAction[req.action] ??= { submissions: 0, accepted: 0 });
    action.submissions += 1;
    stats.byAuthority[req.authority].submissions += 1;
    let status: number;
    let text: string;
    try {
      const res = await fetch(`${opts.apis[req.authority]}${req.path}`, {
        method: req.method,
        headers: { authorization: `Bearer ${tokenOf(req.authority)}`, ...(req.body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: req.body === undefined ? null : JSON.stringify(req.body),
        signal: AbortSignal.timeout(opts.requestTimeoutMs ?? 30_000),
      });
      status = res.status;
      text = await res.text();
    } catch (err) {
      const { label, sent } = clientError(err);
      count(label);
      if (sent) {
        stats.unknownOutcome += 1;
        workload.onUnknown(req);
      } else workload.onRefused(req);
      return;
    }
    if (status === 202) {
      // Outside the try: a 202 the model cannot place is a finding, not a network error.
      workload.onAccepted(req, JSON.parse(text));
      stats.accepted += 1;
      action.accepted += 1;
      stats.byAuthority[req.authority].accepted += 1;
      return;
    }
    count(String(status));
    if (status >= 500) {
      stats.unknownOutcome += 1;
      workload.onUnknown(req);
    } else {
      if (status !== 429) opts.onProgress?.(`${req.authority} ${req.method} ${req.path} answered ${status}: ${text.slice(0, 300)}`);
      workload.onRefused(req);
    }
  };

  const interval = 1000 / opts.rate;
  const inFlight = new Set<Promise<void>>();
  let lastReport = Date.now();
  for (let i = 0; i < opts.count; i++) {
    const due = stats.startedAt + i * interval;
    if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
    while (inFlight.size >= opts.concurrency) await Promise.race(inFlight);
    stats.submissions += 1;
    const p = send(workload.next(rng.pick(CHAOS_AUTHORITY_CODES))).finally(() => inFlight.delete(p));
    inFlight.add(p);
    if (Date.now() - lastReport > 10_000) {
      lastReport = Date.now();
      opts.onProgress?.(`load: ${stats.submissions}/${opts.count} sent, ${stats.accepted} accepted, other answers ${JSON.stringify(stats.notAccepted)}`);
    }
  }
  await Promise.all(inFlight);
  stats.durationMs = Date.now() - stats.startedAt;
  return stats;
}
