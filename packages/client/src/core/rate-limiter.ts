import { CalConfigError } from "./errors.js";
import type { CalRateLimit } from "./rate-limit-headers.js";
import { sleep as realSleep, type Sleep } from "./sleep.js";
import { raceAbort } from "./timeout.js";

const WINDOW_MS = 60_000;
/** Cal.com's default limit per key or token. */
export const DEFAULT_REQUESTS_PER_MINUTE = 120;

/** How a runtime limits its request rate: made by `rateLimiter`, passed as the `rateLimit` option. */
export type RateLimitStrategy = (deps: { now: () => number; sleep: Sleep }) => RateLimiter;

/**
 * A client-side limiter of `requestsPerMinute` (default 120, Cal.com's per key) for the
 * `rateLimit` option; each runtime gets its own. CalConfigError here when the rate is below 1.
 */
export function rateLimiter(options: { requestsPerMinute?: number } = {}): RateLimitStrategy {
  const rpm = options.requestsPerMinute ?? DEFAULT_REQUESTS_PER_MINUTE;
  if (!Number.isFinite(rpm) || rpm < 1) {
    throw new CalConfigError("rateLimit.requestsPerMinute must be at least 1");
  }
  return (deps) => createRateLimiter(Math.floor(rpm), deps);
}

export interface RateLimiter {
  /** Resolves when one more request may start; rejects with the signal's reason if it aborts first. */
  acquire(signal?: AbortSignal): Promise<void>;
  /** Follows what Cal.com said is left: at most `remaining` more starts until its window resets. */
  observe(rateLimit: CalRateLimit): void;
}

/**
 * Sliding-window limiter: never more than `requestsPerMinute` starts in any 60 s window, which is
 * what a per-minute server limit counts, and never more than Cal.com's own rate-limit headers say
 * are left before its window resets (the key is shared with other clients). Callers queue in order
 * and wait instead of failing.
 */
export function createRateLimiter(
  requestsPerMinute: number,
  deps: { now?: () => number; sleep?: Sleep } = {},
): RateLimiter {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? realSleep;
  const starts: number[] = [];
  let queue: Promise<void> = Promise.resolve();
  /** Cal.com's word: starts left until `until` (ms), counted down as we start requests. */
  let server: { left: number; until: number } | undefined;

  /** How long to wait before the next start, 0 when one may start now. */
  function waitMs(t: number): number {
    while (starts.length > 0 && (starts[0] ?? 0) <= t - WINDOW_MS) starts.shift();
    if (server && t >= server.until) server = undefined;
    if (server && server.left <= 0) return server.until - t;
    return starts.length < requestsPerMinute ? 0 : (starts[0] ?? t) + WINDOW_MS - t;
  }

  async function waitForSlot(signal: AbortSignal | undefined): Promise<void> {
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      const t = now();
      const wait = waitMs(t);
      if (wait <= 0) {
        starts.push(t);
        if (server) server.left--;
        return;
      }
      await sleep(wait, signal);
    }
  }

  return {
    acquire(signal) {
      const turn = queue.then(() => waitForSlot(signal));
      queue = turn.catch(() => {});
      // An aborted waiter leaves at once; its queued turn then sees the abort and takes no slot.
      return raceAbort(turn, signal);
    },
    observe({ remaining, resetSeconds }) {
      // Requests already in flight when this answer left Cal.com are not in `remaining`; the
      // next answers correct for them.
      server = { left: remaining, until: now() + resetSeconds * 1000 };
    },
  };
}
