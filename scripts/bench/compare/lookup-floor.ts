// What the database alone allows a plate lookup: the api's own two view queries for each plate
// (built by the same functions, @bex/api), sent with the driver from this process at the same
// offered rate with the same number in flight as autocannon's connections, and, as a second run,
// followed by one journaled insert of an audit-sized entry, as an audited lookup must write,
// grouped with concurrent lookups' entries by the api's own GroupCommitter. No
// HTTP, no token, no JSON: if these already miss a latency target, no api on this database meets it.
import { plateAlerts, plateKey, plateSeizures, type ViewQuery } from '@bex/api';
import { GroupCommitter } from '@bex/shared';
import { VIEW_COLLECTIONS } from '@bex/view';
import type { Connection, mongo } from 'mongoose';
import { nowMs } from '../arrival-watcher';
import type { LoadSpec } from '../plate-lookup';
import { perSecond, sleep, summarise, type LatencySummary } from '../stats';

export interface FloorRun {
  name: string;
  requests: number;
  achievedRatePerSec: number;
  latencyMs: LatencySummary;
}

function run(conn: Connection, q: ViewQuery): Promise<unknown[]> {
  let cursor = conn.collection(VIEW_COLLECTIONS[q.collection]).find(q.filter as mongo.Filter<mongo.Document>);
  if (q.sort !== undefined) cursor = cursor.sort(q.sort);
  if (q.limit !== undefined) cursor = q.residual ? cursor.batchSize(q.limit) : cursor.limit(q.limit);
  return cursor.toArray();
}

/** Plates as the lookup paths carry them (`/v1/plates/<encoded plate>`), as lookup keys. */
export function keysOf(paths: readonly string[]): string[] {
  return paths.map((p) => plateKey(decodeURIComponent(p.slice(p.lastIndexOf('/') + 1)))).filter((k): k is string => k !== undefined);
}

export async function lookupFloor(conn: Connection, keys: readonly string[], spec: LoadSpec, audited: boolean): Promise<FloorRun> {
  const audit = conn.collection('bench_lookup_floor_audit');
  const appends = new GroupCommitter(audit);
  const total = spec.rate * spec.seconds;
  const samples: number[] = [];
  let next = 0;
  const t0 = nowMs();
  const worker = async (): Promise<void> => {
    while (next < total) {
      const i = next++;
      // Open loop, as autocannon's overallRate: a request waits for its slot, never for a backlog.
      const wait = t0 + (i * 1000) / spec.rate - nowMs();
      if (wait > 0) await sleep(wait);
      const key = keys[i % keys.length] as string;
      const sent = nowMs();
      const at = Date.now();
      const [alerts, seizures] = await Promise.all([run(conn, plateAlerts(key, at)), run(conn, plateSeizures(key))]);
      if (audited) {
        await appends.insert({ kind: 'read', at: new Date(at), actor: 'bench', office: 'LA-DTO', roles: ['border-branch'], action: 'plate-lookup', subject: key, records: [...alerts, ...seizures].map((d) => (d as { _id: unknown })._id) });
      }
      samples.push(nowMs() - sent);
    }
  };
  await Promise.all(Array.from({ length: spec.connections }, worker));
  const elapsed = nowMs() - t0;
  await audit.drop().catch(() => undefined);
  return { name: audited ? 'database alone: the two queries + a journaled audit insert' : 'database alone: the two queries', requests: samples.length, achievedRatePerSec: perSecond(samples.length, elapsed), latencyMs: summarise(samples) };
}
