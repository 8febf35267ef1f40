// A token verified once is not verified again on each of its requests: ES256 signature checks were
// a fifth of the api's CPU per request under load, and a client sends the same token for its whole
// (at most hour-long) life. The cache is keyed by the exact token string, so only the bytes the
// provider signed can hit it, and a hit is still refused when the token has expired since, or when
// the provider no longer publishes the key it was verified with (withdrawn, rotated, or the key set
// reloaded: then it is verified afresh). Bounded: the oldest entry goes first.
import { JwksUnavailable } from './jwks';
import { DEFAULT_CLOCK_TOLERANCE_SEC, verifyToken, type AuthOptions, type Verified } from './verify-token';

type Accepted = Extract<Verified, { ok: true }>;

export const DEFAULT_MAX_CACHED_TOKENS = 10_000;

export class VerifiedTokens {
  private readonly entries = new Map<string, Accepted>();

  constructor(
    private readonly auth: AuthOptions,
    private readonly maxEntries = DEFAULT_MAX_CACHED_TOKENS,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  async verify(token: string, now: Date = new Date()): Promise<Verified> {
    const hit = this.entries.get(token);
    if (hit !== undefined) {
      const still = await this.stillValid(hit, now);
      if (still !== 'verify-again') return still;
      this.entries.delete(token);
    }
    const verified = await verifyToken(token, this.auth, now);
    if (verified.ok) this.remember(token, verified);
    return verified;
  }

  private async stillValid(hit: Accepted, now: Date): Promise<Verified | 'verify-again'> {
    const tolerance = this.auth.clockToleranceSec ?? DEFAULT_CLOCK_TOLERANCE_SEC;
    if (Math.floor(now.getTime() / 1000) > hit.verifiedWith.expiresAtSec + tolerance) return 'verify-again';
    let key;
    try {
      key = await this.auth.jwks.key(hit.verifiedWith.key.kid);
    } catch (err) {
      if (err instanceof JwksUnavailable) return { ok: false, reason: 'keys-unavailable' };
      throw err;
    }
    return key === hit.verifiedWith.key ? hit : 'verify-again';
  }

  private remember(token: string, verified: Accepted): void {
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
    this.entries.set(token, verified);
  }
}
