/**
 * Replay protection. Cal.com's signature covers the body but no timestamp, so a captured delivery
 * verifies forever; two defences limit what a replay can do:
 *
 * - a freshness window on the payload's `createdAt` (`maxAgeMs`): older deliveries are refused, and
 * - a durable `DeliveryStore` that claims each idempotency key atomically and keeps it at least
 *   until the key's delivery leaves the window, so a replay is recognised after a restart and
 *   however many other deliveries came in between.
 */

/** Where handled delivery keys are kept: Redis `SET key 1 NX PXAT expiresAt`, a unique SQL column… */
export interface DeliveryStore {
  /**
   * Records `key` if it is not there yet, atomically; true when this call recorded it (a new
   * delivery), false when it was there (a repeat or a replay). `expiresAt` (epoch ms) is when the
   * key may be forgotten; undefined means never (no freshness window is set).
   */
  claim(key: string, expiresAt: number | undefined): boolean | Promise<boolean>;
  /** Forgets `key`: its handlers failed, so the delivery may be handled when it comes back. */
  release(key: string): void | Promise<void>;
}

/** How far in the future `createdAt` may be (clock skew between Cal.com and this receiver). */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/** Why a delivery created at `createdAt` is outside the window, or undefined when it is fresh. */
export function freshnessProblem(
  createdAt: string,
  maxAgeMs: number,
  now: number,
): string | undefined {
  const created = Date.parse(createdAt);
  if (Number.isNaN(created))
    return "createdAt is not a date, so the delivery's age cannot be checked";
  if (created - now > MAX_CLOCK_SKEW_MS) return "createdAt is in the future";
  if (now - created > maxAgeMs)
    return `the delivery is older than ${Math.round(maxAgeMs / 1000)} s (a late retry or a replay)`;
  return undefined;
}

/**
 * A DeliveryStore in this process's memory, each key kept until it expires. Not durable: a restart
 * forgets every key. Use it for tests and single processes that set `maxAgeMs`.
 */
export function memoryDeliveryStore(now: () => number = Date.now): DeliveryStore {
  const keys = new Map<string, number>();
  return {
    claim(key, expiresAt) {
      const t = now();
      for (const [k, until] of keys) if (until <= t) keys.delete(k);
      if (keys.has(key)) return false;
      keys.set(key, expiresAt ?? Number.POSITIVE_INFINITY);
      return true;
    },
    release: (key) => void keys.delete(key),
  };
}
