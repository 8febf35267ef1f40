// Reachability of what the relay and the projector need, for /readyz. Each check throws when the
// dependency does not answer; the route bounds how long it waits. Typed by shape, so the api does
// not depend on the Kafka client it never uses itself.
import { answerStillFresh, type CachedAnswer } from '../domain/cached-answer';

export interface KafkaAdminSource {
  admin(): { connect(): Promise<void>; describeCluster(): Promise<unknown>; disconnect(): Promise<void> };
}

export async function kafkaAnswers(kafka: KafkaAdminSource): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.describeCluster();
  } finally {
    await admin.disconnect();
  }
}

/** The Confluent-compatible registry answers GET /subjects when it can serve schemas. */
export async function registryAnswers(baseUrl: string, timeoutMs = 2_000): Promise<void> {
  const res = await fetch(`${baseUrl.replace(/\/+$/, '')}/subjects`, { signal: AbortSignal.timeout(timeoutMs) });
  await res.body?.cancel();
  if (!res.ok) throw new Error(`registry answered ${res.status}`);
}

/** How long a readiness answer stands: a storm of probes makes one round trip per interval. */
export const READINESS_CACHE_MS = 5_000;

/**
 * The check, asked at most once per `ttlMs`: callers within the interval get the last answer, and
 * callers while a check is in flight wait for that one instead of starting another. Failures are
 * cached too, so probes during an outage do not each open a connection to the dead broker.
 */
export function cachedCheck(check: () => Promise<void>, ttlMs = READINESS_CACHE_MS, now: () => number = Date.now): () => Promise<void> {
  let last: CachedAnswer | undefined;
  let inFlight: Promise<boolean> | undefined;
  return async () => {
    if (!answerStillFresh(last, now(), ttlMs)) {
      inFlight ??= check().then(() => true, () => false).then((ok) => {
        last = { ok, atMs: now() };
        inFlight = undefined;
        return ok;
      });
      await inFlight;
    }
    if (!last!.ok) throw new Error('dependency did not answer');
  };
}
