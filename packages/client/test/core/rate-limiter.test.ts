import { describe, expect, it } from "vitest";
import { fakeFetch, success } from "../../../../test/support/fake-fetch.js";
import { CalAbortError } from "../../src/core/errors.js";
import { createRateLimiter } from "../../src/core/rate-limiter.js";
import { createRuntime } from "../../src/core/runtime.js";
import { meGet, TEST_KEY } from "./operations.js";

/** A clock that only moves when something sleeps on it. */
function fakeClock(start = 1_000_000) {
  let now = start;
  const delays: number[] = [];
  return {
    now: () => now,
    delays,
    sleep: async (ms: number, signal?: AbortSignal) => {
      if (signal?.aborted) throw signal.reason;
      delays.push(ms);
      now += ms;
    },
  };
}

describe("rate limiter", () => {
  it("allows N starts per 60 s window, then waits for the oldest to leave it", async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter(3, clock);
    const startedAt: number[] = [];
    for (let i = 0; i < 7; i++) {
      await limiter.acquire();
      startedAt.push(clock.now() - 1_000_000);
    }
    expect(startedAt).toEqual([0, 0, 0, 60_000, 60_000, 60_000, 120_000]);
  });

  it("serves concurrent waiters in order", async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter(1, clock);
    const order: number[] = [];
    await Promise.all([0, 1, 2].map((i) => limiter.acquire().then(() => order.push(i))));
    expect(order).toEqual([0, 1, 2]);
    expect(clock.delays).toEqual([60_000, 60_000]);
  });

  it("an aborted waiter leaves at once and takes no slot", async () => {
    let now = 0;
    const limiter = createRateLimiter(1, {
      now: () => now,
      sleep: (ms, signal) =>
        new Promise((resolve, reject) => {
          const t = setTimeout(() => {
            now += ms;
            resolve();
          }, 5);
          signal?.addEventListener(
            "abort",
            () => {
              clearTimeout(t);
              reject(signal.reason);
            },
            { once: true },
          );
        }),
    });
    await limiter.acquire();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort(new Error("stop"));
    await expect(waiting).rejects.toThrow("stop");
    await limiter.acquire(); // waits one window, not two
    expect(now).toBe(60_000);
  });

  it("is off by default and spaces requests when on", async () => {
    const fetch = fakeFetch(() => success({}));
    const clock = fakeClock();
    const off = createRuntime({ apiKey: TEST_KEY, fetch }, clock);
    await Promise.all(Array.from({ length: 5 }, () => off.invoke(meGet)));
    expect(clock.delays).toEqual([]);

    const on = createRuntime(
      { apiKey: TEST_KEY, fetch, rateLimit: { requestsPerMinute: 2 } },
      clock,
    );
    await Promise.all(Array.from({ length: 5 }, () => on.invoke(meGet)));
    expect(clock.delays).toEqual([60_000, 60_000]);
    expect(fetch.calls).toHaveLength(10);
  });

  it("rateLimit: true means 120 per minute", async () => {
    const fetch = fakeFetch(() => success({}));
    const clock = fakeClock();
    const rt = createRuntime({ apiKey: TEST_KEY, fetch, rateLimit: true }, clock);
    await Promise.all(Array.from({ length: 121 }, () => rt.invoke(meGet)));
    expect(clock.delays).toEqual([60_000]);
  });

  it("a caller abort while queued is a CalAbortError with no request", async () => {
    const fetch = fakeFetch(() => success({}));
    const rt = createRuntime({ apiKey: TEST_KEY, fetch, rateLimit: { requestsPerMinute: 1 } });
    await rt.invoke(meGet);
    const controller = new AbortController();
    const queued = rt.invoke(meGet, undefined, { signal: controller.signal }); // real sleep: 60 s
    setTimeout(() => controller.abort(), 10);
    await expect(queued).rejects.toBeInstanceOf(CalAbortError);
    expect(fetch.calls).toHaveLength(1);
  });
});
