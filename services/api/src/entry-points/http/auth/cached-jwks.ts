// Keeps the provider's keys in memory. They are reloaded after `maxAgeMs`, and at once when a token
// names a key we do not know (the provider may have rotated), but at most once per
// `unknownKidCooldownMs`, so tokens with made-up key ids cannot make us hammer the provider. When a
// reload fails, the keys we had stay in use, so a short identity provider outage does not lock out
// officers; but only for `maxStaleMs` after the last load that succeeded. A key the provider has
// withdrawn (leaked, rotated out) would otherwise stay trusted for as long as the provider cannot be
// reached, which an attacker who can cut that link decides.
import { JwksUnavailable, parseJwks, type JwksSource, type VerificationKey } from './jwks';

export const DEFAULT_JWKS_MAX_AGE_MS = 10 * 60_000;
export const DEFAULT_JWKS_MAX_STALE_MS = 60 * 60_000;

export interface JwksCacheOptions {
  maxAgeMs?: number;
  /** How long after the last successful load the keys may still be used while reloads fail. */
  maxStaleMs?: number;
  unknownKidCooldownMs?: number;
  retryAfterFailureMs?: number;
  now?: () => number;
}

export class CachedJwks implements JwksSource {
  private keys: Map<string, VerificationKey> | undefined;
  private lastError: unknown;
  private nextReloadAt = 0;
  private loadedAt = Number.NEGATIVE_INFINITY;
  private lastUnknownKidReload = Number.NEGATIVE_INFINITY;
  private inFlight: Promise<void> | undefined;
  private readonly maxAgeMs: number;
  private readonly maxStaleMs: number;
  private readonly cooldownMs: number;
  private readonly retryMs: number;
  private readonly now: () => number;

  constructor(
    private readonly load: () => Promise<string>,
    opts: JwksCacheOptions = {},
  ) {
    this.maxAgeMs = opts.maxAgeMs ?? DEFAULT_JWKS_MAX_AGE_MS;
    this.maxStaleMs = opts.maxStaleMs ?? DEFAULT_JWKS_MAX_STALE_MS;
    // Keys that go stale before they are due for a reload would lock everyone out every cycle.
    if (!(this.maxStaleMs >= this.maxAgeMs)) throw new Error(`the JWKS maximum staleness (${this.maxStaleMs} ms) must be at least its reload interval (${this.maxAgeMs} ms)`);
    this.cooldownMs = opts.unknownKidCooldownMs ?? 30_000;
    this.retryMs = opts.retryAfterFailureMs ?? 5_000;
    this.now = opts.now ?? Date.now;
  }

  async key(kid: string): Promise<VerificationKey | undefined> {
    if (this.now() >= this.nextReloadAt) await this.reload();
    if (this.keys === undefined || this.now() - this.loadedAt >= this.maxStaleMs) throw new JwksUnavailable(this.lastError);
    const known = this.keys.get(kid);
    if (known !== undefined || this.now() - this.lastUnknownKidReload < this.cooldownMs) return known;
    this.lastUnknownKidReload = this.now();
    await this.reload();
    return this.keys.get(kid);
  }

  private reload(): Promise<void> {
    // Concurrent requests share one load.
    this.inFlight ??= this.loadOnce().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  private async loadOnce(): Promise<void> {
    try {
      this.keys = parseJwks(await this.load());
      this.loadedAt = this.now();
      this.nextReloadAt = this.loadedAt + this.maxAgeMs;
    } catch (err) {
      this.lastError = err;
      this.nextReloadAt = this.now() + this.retryMs;
    }
  }
}
