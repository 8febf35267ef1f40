// How long the relay waits after a failed batch: doubling from 250 ms up to 30 s, so a broker
// outage is retried often at first without flooding the log for hours.
export function backoffMs(consecutiveFailures: number, baseMs = 250, maxMs = 30_000): number {
  if (consecutiveFailures <= 0) return 0;
  return Math.min(maxMs, baseMs * 2 ** Math.min(consecutiveFailures - 1, 20));
}
