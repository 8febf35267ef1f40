// Readiness: the api is useful only while it can write to the outbox. The ping gets its own short
// deadline, because the driver would otherwise wait out its server-selection timeout (30 s).
import type { OutboxStore } from '@bex/shared';

export async function databaseAnswers(outbox: OutboxStore, timeoutMs = 2000): Promise<boolean> {
  const db = outbox.model.db.db;
  if (db === undefined) return false;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([db.command({ ping: 1 }).then(() => true, () => false), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
