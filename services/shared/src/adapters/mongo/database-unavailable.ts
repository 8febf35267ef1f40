// Whether an error means the database did not answer (down, restarting, the connection cut), as
// opposed to an answer it gave (a duplicate key, a validation failure) or a bug of ours. The first
// is the caller's to retry later, and an HTTP client is told so (503 with Retry-After), not 500.

import { causeChain } from '../../errors/cause-chain';

/** The driver's errors for a database it cannot reach or lost mid-request. */
const UNREACHABLE = new Set([
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoServerSelectionError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
]);

/** A bulk write wraps the network error it died of in its own type; its message keeps the cause. */
const CONNECTION_LOST = /connection \d+ to \S+ closed|ECONNRESET|ECONNREFUSED|EPIPE|socket hang up/;

export function isDatabaseUnavailable(err: unknown): boolean {
  for (const e of causeChain(err)) {
    const name = typeof e.name === 'string' ? e.name : '';
    if (UNREACHABLE.has(name)) return true;
    if (Array.isArray(e.errorLabels) && e.errorLabels.includes('NetworkError')) return true;
    if (name.startsWith('Mongo') && typeof e.message === 'string' && CONNECTION_LOST.test(e.message)) return true;
  }
  return false;
}
