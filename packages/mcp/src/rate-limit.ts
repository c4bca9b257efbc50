/**
 * A token bucket per key (a credential's fingerprint): `perMinute` tool calls a minute, with bursts
 * up to the same number. Cal.com itself allows about 120 requests a minute per credential; keeping
 * an agent under that leaves room for the other users of the key.
 */

export type Take =
  | { readonly ok: true }
  | { readonly ok: false; readonly retryAfterSeconds: number };

export interface RateLimiter {
  readonly perMinute: number;
  take(key: string): Take;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Buckets kept before full (idle) ones are dropped. */
const MAX_KEYS = 10_000;

export function createRateLimiter(perMinute: number, now: () => number = Date.now): RateLimiter {
  if (!Number.isFinite(perMinute) || perMinute <= 0)
    throw new RangeError("perMinute must be a positive number");
  const capacity = perMinute;
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, Bucket>();

  function refill(bucket: Bucket, t: number): void {
    bucket.tokens = Math.min(capacity, bucket.tokens + (t - bucket.at) * perMs);
    bucket.at = t;
  }

  return {
    perMinute,
    take(key) {
      const t = now();
      let bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= MAX_KEYS) {
          for (const [k, b] of buckets) {
            refill(b, t);
            if (b.tokens >= capacity) buckets.delete(k);
          }
        }
        bucket = { tokens: capacity, at: t };
        buckets.set(key, bucket);
      }
      refill(bucket, t);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return {
        ok: false,
        retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)),
      };
    },
  };
}
