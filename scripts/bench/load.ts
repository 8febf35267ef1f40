// Submits new SeizureCase records over HTTP: open loop at a fixed rate (a slow answer does not
// delay the next request, so queueing shows up as latency), or closed loop with a fixed number of
// requests in flight (as fast as the api answers). Both are bounded in count.
// Requests go through node:http with a keep-alive agent, not fetch: the generator shares the 2 cores
// with what it measures, and undici's fetch cost it about 0.9 ms of CPU per request.
import { Agent, request } from 'node:http';
import { nowMs } from './arrival-watcher';
import { sleep } from './stats';

export interface Submission {
  startedAt: number;
  answeredAt: number;
  status: number;
  recordId: string | undefined;
}

export type OnAccepted = (s: Submission) => void;

/** Where to POST and with which headers (the bearer token). */
export interface Target {
  url: string;
  headers: Record<string, string>;
}

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

interface Answer {
  status: number;
  text: string;
}

function post(target: Target, body: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(target.url, { method: 'POST', agent, timeout: 30_000, headers: { ...target.headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('no answer within 30 s')));
    req.on('error', reject);
    req.end(body);
  });
}

export async function submit(target: Target, body: string): Promise<Submission> {
  const startedAt = nowMs();
  try {
    const res = await post(target, body);
    let recordId: string | undefined;
    if (res.status === 202) {
      try {
        recordId = (JSON.parse(res.text) as { recordId?: string }).recordId;
      } catch {
        recordId = undefined;
      }
    }
    return { startedAt, answeredAt: nowMs(), status: res.status, recordId };
  } catch {
    return { startedAt, answeredAt: nowMs(), status: 0, recordId: undefined };
  }
}

export interface FixedRateResult {
  submissions: Submission[];
  /** Requests not sent because `maxInFlight` were already waiting (the api fell behind). */
  skipped: number;
  windowMs: number;
}

export async function fixedRate(target: Target, body: string, rate: number, count: number, maxInFlight: number, onAccepted: OnAccepted): Promise<FixedRateResult> {
  const submissions: Submission[] = [];
  const inFlight = new Set<Promise<void>>();
  let skipped = 0;
  const t0 = nowMs();
  for (let i = 0; i < count; i++) {
    const wait = t0 + (i * 1000) / rate - nowMs();
    if (wait > 0) await sleep(wait);
    if (inFlight.size >= maxInFlight) {
      skipped += 1;
      continue;
    }
    const p: Promise<void> = submit(target, body).then((s) => {
      submissions.push(s);
      if (s.recordId) onAccepted(s);
      inFlight.delete(p);
    });
    inFlight.add(p);
  }
  const windowMs = nowMs() - t0;
  await Promise.all(inFlight);
  return { submissions, skipped, windowMs };
}

export async function closedLoop(target: Target, body: string, count: number, concurrency: number, onAccepted: OnAccepted): Promise<Submission[]> {
  const submissions: Submission[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      next += 1;
      const s = await submit(target, body);
      submissions.push(s);
      if (s.recordId) onAccepted(s);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return submissions;
}
