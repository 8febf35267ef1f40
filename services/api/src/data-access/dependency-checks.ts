// Reachability of what the relay and the projector need, for /readyz. Each check throws when the
// dependency does not answer; the route bounds how long it waits. Typed by shape, so the api does
// not depend on the Kafka client it never uses itself.
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
