import type { Caller } from '../common/caller';

/** How many verified tokens are remembered; a caller keeps one token for its whole session. */
const DEFAULT_MAX_ENTRIES = 1_000;
/**
 * The longest a verification is trusted without checking the signature again, whatever the token's exp:
 * a key withdrawn from the JWKS (or a changed key file) refuses its tokens again within this time.
 */
const DEFAULT_MAX_AGE_MS = 5 * 60_000;

type Entry<Value> = Readonly<{ value: Value; validUntilMs: number }>;

/**
 * What recently verified tokens established (their caller and expiry), by the raw token string, so a client's every request does not pay
 * for another signature check. An entry is dropped at the token's `exp` (or after the maximum age, whichever
 * comes first) and is looked up by the exact token, so a changed token byte is never a hit; the least
 * recently verified entry makes room when the cache is full. Only successes are kept: a refused token is
 * verified, and refused, every time.
 */
export class VerifiedTokenCache<Value = Caller> {
  private readonly entries = new Map<string, Entry<Value>>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxEntries = DEFAULT_MAX_ENTRIES,
    private readonly maxAgeMs = DEFAULT_MAX_AGE_MS,
  ) {}

  get(token: string): Value | undefined {
    const entry = this.entries.get(token);
    if (entry === undefined) return undefined;
    if (this.now() < entry.validUntilMs) return entry.value;
    this.entries.delete(token);
    return undefined;
  }

  /** Remembers a token that has just been verified; `expiresAtSeconds` is its `exp` claim. */
  remember(token: string, value: Value, expiresAtSeconds: number): void {
    const validUntilMs = Math.min(expiresAtSeconds * 1000, this.now() + this.maxAgeMs);
    if (!(validUntilMs > this.now())) return;
    this.entries.delete(token);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(token, { value, validUntilMs });
  }
}
