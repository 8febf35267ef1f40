// An error and the errors it wraps (`cause`), outermost first: drivers wrap the answer that
// matters (a broker's refusal, a lost connection) in errors of their own. Bounded, so a cycle
// of causes cannot hang the caller.
export function* causeChain(err: unknown, maxDepth = 8): Generator<Record<string, unknown>> {
  let at: unknown = err;
  for (let depth = 0; depth < maxDepth && typeof at === 'object' && at !== null; depth += 1) {
    yield at as Record<string, unknown>;
    at = (at as { cause?: unknown }).cause;
  }
}
