// Plate lookup under load, shared by bench:plates and bench:compare: a view seeded with seizures
// (and an alert for every tenth plate) on plates spread over 900 × 97 values, the lookups that cycle
// through 200 of them, and autocannon at a fixed request rate.
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { viewDocument, type ViewStore } from '@bex/view';
import { botenSeizure, makeSample, truckAlert } from '@bex/schemas';
import type { AnyRecord } from '@bex/shared';

export const plateOf = (i: number): string => `43C-${String(100 + (i % 900)).padStart(3, '0')}.${String(i % 97).padStart(2, '0')}`;

/** Seeds seizures number `from` to `to - 1` (and an alert on every tenth plate), 2000 a batch. */
export async function seedPlates(views: ViewStore, from: number, to: number, onBatch: (done: number) => void = () => undefined): Promise<void> {
  const batch = 2000;
  for (let start = from; start < to; start += batch) {
    const seizures = [];
    const alerts = [];
    for (let i = start; i < Math.min(to, start + batch); i++) {
      const base = { ...botenSeizure, conveyance: { ...botenSeizure.conveyance!, plate: plateOf(i) } };
      seizures.push(viewDocument(makeSample('SeizureCase', { source: 'LA', recipient: 'LA', recordId: randomUUID(), revision: 1, base }) as unknown as AnyRecord, Date.now()));
      if (i % 10 === 0) {
        const alert = { ...truckAlert, vehicle: { ...truckAlert.vehicle!, plate: plateOf(i) }, validFrom: Date.now() - 1e8, validUntil: Date.now() + 1e9 };
        alerts.push(viewDocument(makeSample('VehicleRiskAlert', { source: 'VN', recipient: 'LA', recordId: randomUUID(), revision: 1, base: alert }) as unknown as AnyRecord, Date.now()));
      }
    }
    await views.collection('SeizureCase').insertMany(seizures);
    if (alerts.length > 0) await views.collection('VehicleRiskAlert').insertMany(alerts);
    onBatch(Math.min(to, start + batch));
  }
}

/** 200 lookups spread over the first `docs` plates: each connection cycles through them. */
export const lookupPaths = (docs: number): string[] => Array.from({ length: 200 }, (_, k) => `/v1/plates/${encodeURIComponent(plateOf((k * 7919) % docs))}`);

export interface LoadSpec {
  rate: number;
  seconds: number;
  connections: number;
}

export function atFixedRate(url: string, headers: Record<string, string>, requests: autocannon.Request[], spec: LoadSpec): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: spec.connections, overallRate: spec.rate, duration: spec.seconds, headers, requests }, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

export const summariseLoad = (name: string, r: autocannon.Result) => ({
  name,
  requests: r.requests.total,
  non2xx: r.non2xx,
  errors: r.errors,
  achievedRatePerSec: Math.round(r.requests.average),
  latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
});
