import { sleep as realSleep, type Sleep } from "./sleep.js";
import { raceAbort } from "./timeout.js";

const WINDOW_MS = 60_000;
/** Cal.com's default limit per key or token. */
export const DEFAULT_REQUESTS_PER_MINUTE = 120;

export interface RateLimiter {
  /** Resolves when one more request may start; rejects with the signal's reason if it aborts first. */
  acquire(signal?: AbortSignal): Promise<void>;
}

/**
 * Sliding-window limiter: never more than `requestsPerMinute` starts in any 60 s window, which is
 * what a per-minute server limit counts. Callers queue in order and wait instead of failing.
 */
export function createRateLimiter(
  requestsPerMinute: number,
  deps: { now?: () => number; sleep?: Sleep } = {},
): RateLimiter {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? realSleep;
  const starts: number[] = [];
  let queue: Promise<void> = Promise.resolve();

  async function waitForSlot(signal: AbortSignal | undefined): Promise<void> {
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      const t = now();
      while (starts.length > 0 && (starts[0] ?? 0) <= t - WINDOW_MS) starts.shift();
      if (starts.length < requestsPerMinute) {
        starts.push(t);
        return;
      }
      await sleep((starts[0] ?? t) + WINDOW_MS - t, signal);
    }
  }

  return {
    acquire(signal) {
      const turn = queue.then(() => waitForSlot(signal));
      queue = turn.catch(() => {});
      // An aborted waiter leaves at once; its queued turn then sees the abort and takes no slot.
      return raceAbort(turn, signal);
    },
  };
}
