/** A caller sent more requests than the limit allows; mapped to RATE_LIMITED (HTTP 429). */
export class RateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests; try again in ${retryAfterSeconds} s`);
    this.name = 'RateLimitedError';
  }
}

type Bucket = { tokens: number; updatedAt: number };

/** Buckets of callers idle long enough to be full again are forgotten, so the map stays as small as the active callers. */
const SWEEP_EVERY_TAKES = 10_000;

/**
 * A token bucket per caller: `perMinute` requests a minute, with bursts up to the same number. Time comes
 * from `now` (milliseconds), so the arithmetic is testable without waiting.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private takes = 0;

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  take(callerId: string): void {
    if (this.perMinute === 0) return;
    const now = this.now();
    if (++this.takes % SWEEP_EVERY_TAKES === 0) this.sweep(now);
    const bucket = this.refilled(this.buckets.get(callerId), now);
    if (bucket.tokens < 1) throw new RateLimitedError(Math.ceil(((1 - bucket.tokens) * 60) / this.perMinute));
    bucket.tokens -= 1;
    this.buckets.set(callerId, bucket);
  }

  private refilled(bucket: Bucket | undefined, now: number): Bucket {
    if (!bucket) return { tokens: this.perMinute, updatedAt: now };
    const earned = ((now - bucket.updatedAt) / 60_000) * this.perMinute;
    return { tokens: Math.min(this.perMinute, bucket.tokens + earned), updatedAt: now };
  }

  private sweep(now: number): void {
    for (const [callerId, bucket] of this.buckets) {
      if (this.refilled(bucket, now).tokens >= this.perMinute) this.buckets.delete(callerId);
    }
  }
}
