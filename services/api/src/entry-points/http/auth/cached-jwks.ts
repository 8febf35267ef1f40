// Keeps the provider's keys in memory. They are reloaded after `maxAgeMs`, and at once when a token
// names a key we do not know (the provider may have rotated), but at most once per
// `unknownKidCooldownMs`, so tokens with made-up key ids cannot make us hammer the provider. When a
// reload fails, the keys we had stay in use: an identity provider outage must not lock out officers.
import { JwksUnavailable, parseJwks, type JwksSource, type VerificationKey } from './jwks';

export interface JwksCacheOptions {
  maxAgeMs?: number;
  unknownKidCooldownMs?: number;
  retryAfterFailureMs?: number;
  now?: () => number;
}

export class CachedJwks implements JwksSource {
  private keys: Map<string, VerificationKey> | undefined;
  private lastError: unknown;
  private nextReloadAt = 0;
  private lastUnknownKidReload = Number.NEGATIVE_INFINITY;
  private inFlight: Promise<void> | undefined;
  private readonly maxAgeMs: number;
  private readonly cooldownMs: number;
  private readonly retryMs: number;
  private readonly now: () => number;

  constructor(
    private readonly load: () => Promise<string>,
    opts: JwksCacheOptions = {},
  ) {
    this.maxAgeMs = opts.maxAgeMs ?? 10 * 60_000;
    this.cooldownMs = opts.unknownKidCooldownMs ?? 30_000;
    this.retryMs = opts.retryAfterFailureMs ?? 5_000;
    this.now = opts.now ?? Date.now;
  }

  async key(kid: string): Promise<VerificationKey | undefined> {
    if (this.now() >= this.nextReloadAt) await this.reload();
    if (this.keys === undefined) throw new JwksUnavailable(this.lastError);
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
      this.nextReloadAt = this.now() + this.maxAgeMs;
    } catch (err) {
      this.lastError = err;
      this.nextReloadAt = this.now() + this.retryMs;
    }
  }
}
