import { describe, expect, it } from "vitest";
import {
  apiError,
  fakeFetch,
  hangUntilAborted,
  recordingSleep,
  success,
} from "../../../../test/support/fake-fetch.js";
import { CalAbortError, CalConnectionError, CalTimeoutError } from "../../src/core/errors.js";
import { createRuntime } from "../../src/core/runtime.js";
import { createDeadline } from "../../src/core/timeout.js";
import { bookingsCreate, bookingsGet, TEST_KEY } from "./operations.js";

describe("timeouts", () => {
  it("a call with no answer in time fails with CalTimeoutError (per-call timeout)", async () => {
    const fetch = fakeFetch(hangUntilAborted);
    const rt = createRuntime({ apiKey: TEST_KEY, fetch, maxRetries: 0 });
    const started = Date.now();
    const error = await rt
      .invoke(bookingsGet, { bookingUid: "b" }, { timeoutMs: 20 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CalTimeoutError);
    expect(error).toBeInstanceOf(CalConnectionError);
    expect((error as Error).message).toBe("bookings.get: no response within 20 ms");
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("uses the client default, and also stops a fetch that ignores its signal", async () => {
    const fetch = fakeFetch(() => new Promise<Response>(() => {}));
    const rt = createRuntime({ apiKey: TEST_KEY, fetch, timeoutMs: 20, maxRetries: 0 });
    await expect(rt.invoke(bookingsGet, { bookingUid: "b" })).rejects.toBeInstanceOf(
      CalTimeoutError,
    );
  });

  it("a timed-out read is retried; each attempt gets its own timeout", async () => {
    const fetch = fakeFetch((req, i) => (i === 0 ? hangUntilAborted(req) : success({ uid: "b" })));
    const { sleep } = recordingSleep();
    const rt = createRuntime({ apiKey: TEST_KEY, fetch, timeoutMs: 20 }, { sleep });
    await expect(rt.invoke(bookingsGet, { bookingUid: "b" })).resolves.toEqual({ uid: "b" });
    expect(fetch.calls).toHaveLength(2);
  });

  it("a timed-out non-idempotent write is not retried", async () => {
    const fetch = fakeFetch(hangUntilAborted);
    const { sleep } = recordingSleep();
    const rt = createRuntime({ apiKey: TEST_KEY, fetch, timeoutMs: 20 }, { sleep });
    await expect(rt.invoke(bookingsCreate, { start: "x" })).rejects.toBeInstanceOf(CalTimeoutError);
    expect(fetch.calls).toHaveLength(1);
  });
});

describe("caller abort", () => {
  it("aborting in flight gives CalAbortError and no retry", async () => {
    const fetch = fakeFetch(hangUntilAborted);
    const { sleep } = recordingSleep();
    const rt = createRuntime({ apiKey: TEST_KEY, fetch }, { sleep });
    const controller = new AbortController();
    const pending = rt.invoke(bookingsGet, { bookingUid: "b" }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CalAbortError);
    expect((error as CalAbortError).operationId).toBe("bookings.get");
    expect(fetch.calls).toHaveLength(1);
  });

  it("an already-aborted signal sends nothing", async () => {
    const fetch = fakeFetch(() => success({}));
    const rt = createRuntime({ apiKey: TEST_KEY, fetch });
    await expect(
      rt.invoke(bookingsGet, { bookingUid: "b" }, { signal: AbortSignal.abort() }),
    ).rejects.toBeInstanceOf(CalAbortError);
    expect(fetch.calls).toHaveLength(0);
  });

  it("aborting during the wait between retries stops at once", async () => {
    const fetch = fakeFetch(() => apiError(503, "X", "busy", { "retry-after": "30" }));
    const rt = createRuntime({ apiKey: TEST_KEY, fetch }); // real sleep: would wait 30 s
    const controller = new AbortController();
    const pending = rt.invoke(bookingsGet, { bookingUid: "b" }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const started = Date.now();
    await expect(pending).rejects.toBeInstanceOf(CalAbortError);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(fetch.calls).toHaveLength(1);
  });
});

describe("createDeadline", () => {
  it("tells a timeout from a caller abort and detaches on dispose", async () => {
    const caller = new AbortController();
    const a = createDeadline(caller.signal, 10_000);
    caller.abort();
    expect(a.signal.aborted).toBe(true);
    expect(a.timedOut).toBe(false);
    a.dispose();

    const b = createDeadline(undefined, 5);
    await new Promise((r) => setTimeout(r, 20));
    expect(b.signal.aborted).toBe(true);
    expect(b.timedOut).toBe(true);
    b.dispose();

    const c = createDeadline(undefined, 5);
    c.dispose();
    await new Promise((r) => setTimeout(r, 20));
    expect(c.signal.aborted).toBe(false);
  });
});
