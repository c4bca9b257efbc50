import { describe, expect, it } from "vitest";
import {
  apiError,
  connectionFailure,
  fakeFetch,
  recordingSleep,
  success,
} from "../../../../test/support/fake-fetch.js";
import {
  CalApiError,
  CalConnectionError,
  CalTimeoutError,
  InternalServerError,
  RateLimitedError,
} from "../../src/core/errors.js";
import {
  backoffDelayMs,
  requestCertainlyNotSent,
  retryDelayMs,
  shouldRetry,
} from "../../src/core/retry.js";
import { parseRetryAfterMs } from "../../src/core/retry-after.js";
import { createRuntime } from "../../src/core/runtime.js";
import { bookingsCreate, bookingsGet, eventTypesDelete, TEST_KEY } from "./operations.js";

function runtimeWith(
  fetch: ReturnType<typeof fakeFetch>,
  now = () => Date.parse("2026-01-01T00:00:00Z"),
) {
  const { sleep, delays } = recordingSleep();
  const rt = createRuntime({ apiKey: TEST_KEY, fetch }, { sleep, now, random: () => 0 });
  return { rt, delays };
}

/** Answers with `responses` in order, then repeats the last one. */
function sequence(...responses: Array<() => Response | Promise<Response>>) {
  return fakeFetch((_, i) => (responses[Math.min(i, responses.length - 1)] as () => Response)());
}

const booking = { start: "2026-02-01T10:00:00Z", eventTypeId: 1, attendee: { name: "A" } };

describe("non-idempotent write (bookings.create)", () => {
  it("is sent exactly once when the server answers 500", async () => {
    const fetch = sequence(() => apiError(500, "InternalServerErrorException", "boom"));
    const { rt, delays } = runtimeWith(fetch);
    await expect(rt.invoke(bookingsCreate, booking)).rejects.toBeInstanceOf(InternalServerError);
    expect(fetch.calls).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it("is resent after 429 (rejected before any handler ran)", async () => {
    const fetch = sequence(
      () => apiError(429, "ThrottlerException", "Too many requests"),
      () => success({ uid: "b1" }, {}, 201),
    );
    const { rt, delays } = runtimeWith(fetch);
    await expect(rt.invoke(bookingsCreate, booking)).resolves.toEqual({ uid: "b1" });
    expect(fetch.calls).toHaveLength(2);
    expect(fetch.calls[1]?.body).toEqual(booking);
    expect(delays).toEqual([500]);
  });

  it("is resent after connection refused (nothing was sent)", async () => {
    const fetch = sequence(
      () => {
        throw connectionFailure("ECONNREFUSED");
      },
      () => success({ uid: "b1" }, {}, 201),
    );
    const { rt } = runtimeWith(fetch);
    await expect(rt.invoke(bookingsCreate, booking)).resolves.toEqual({ uid: "b1" });
    expect(fetch.calls).toHaveLength(2);
  });

  it("is not resent after ECONNRESET (the server may have booked)", async () => {
    const fetch = sequence(() => {
      throw connectionFailure("ECONNRESET");
    });
    const { rt } = runtimeWith(fetch);
    const error = await rt.invoke(bookingsCreate, booking).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CalConnectionError);
    expect((error as CalConnectionError).requestMayHaveReachedServer).toBe(true);
    expect((error as CalConnectionError).message).toContain("ECONNRESET");
    expect(fetch.calls).toHaveLength(1);
  });

  it("is not resent after 502/503/504 either", async () => {
    for (const status of [502, 503, 504]) {
      const fetch = sequence(() => apiError(status, "X", "down", { "retry-after": "1" }));
      const { rt } = runtimeWith(fetch);
      await expect(rt.invoke(bookingsCreate, booking)).rejects.toBeInstanceOf(InternalServerError);
      expect(fetch.calls).toHaveLength(1);
    }
  });

  it("gives up after maxRetries 429s", async () => {
    const fetch = sequence(() => apiError(429, "ThrottlerException", "slow down"));
    const { rt, delays } = runtimeWith(fetch);
    await expect(rt.invoke(bookingsCreate, booking)).rejects.toBeInstanceOf(RateLimitedError);
    expect(fetch.calls).toHaveLength(3);
    expect(delays).toEqual([500, 1000]);
  });
});

describe("reads and idempotent writes", () => {
  it("a read is retried after ECONNRESET", async () => {
    const fetch = sequence(
      () => {
        throw connectionFailure("ECONNRESET");
      },
      () => success({ uid: "b1" }),
    );
    const { rt } = runtimeWith(fetch);
    await expect(rt.invoke(bookingsGet, { bookingUid: "b1" })).resolves.toEqual({ uid: "b1" });
    expect(fetch.calls).toHaveLength(2);
  });

  it("a read retries 503 up to maxRetries, then throws InternalServerError", async () => {
    const fetch = sequence(() => apiError(503, "ServiceUnavailableException", "busy"));
    const { rt, delays } = runtimeWith(fetch);
    const error = await rt.invoke(bookingsGet, { bookingUid: "b1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).status).toBe(503);
    expect(fetch.calls).toHaveLength(3);
    expect(delays).toEqual([500, 1000]);
  });

  it("honours maxRetries per call and per client", async () => {
    const fetch = sequence(() => apiError(500, "X", "boom"));
    const { sleep } = recordingSleep();
    const rt = createRuntime({ apiKey: TEST_KEY, fetch, maxRetries: 0 }, { sleep });
    await expect(rt.invoke(bookingsGet, { bookingUid: "b" })).rejects.toBeInstanceOf(
      InternalServerError,
    );
    expect(fetch.calls).toHaveLength(1);
    await expect(rt.invoke(bookingsGet, { bookingUid: "b" }, { maxRetries: 4 })).rejects.toThrow();
    expect(fetch.calls).toHaveLength(1 + 5);
  });

  it("an idempotent write (DELETE) is retried after 500", async () => {
    const fetch = sequence(
      () => apiError(500, "X", "boom"),
      () => json204(),
    );
    const { rt } = runtimeWith(fetch);
    await expect(rt.invoke(eventTypesDelete, { eventTypeId: 7 })).resolves.toBeUndefined();
    expect(fetch.calls).toHaveLength(2);
  });

  it("does not retry 400, 401, 403, 404, 409 or 422", async () => {
    for (const status of [400, 401, 403, 404, 409, 422]) {
      const fetch = sequence(() => apiError(status, "X", "no"));
      const { rt } = runtimeWith(fetch);
      await expect(rt.invoke(bookingsGet, { bookingUid: "b" })).rejects.toBeInstanceOf(CalApiError);
      expect(fetch.calls).toHaveLength(1);
    }
  });
});

describe("Retry-After", () => {
  const now = Date.parse("2026-01-01T00:00:00Z");

  it("waits the seconds the server asks for", async () => {
    const fetch = sequence(
      () => apiError(429, "ThrottlerException", "slow", { "retry-after": "7" }),
      () => success({}),
    );
    const { rt, delays } = runtimeWith(fetch, () => now);
    await rt.invoke(bookingsCreate, booking);
    expect(delays).toEqual([7000]);
  });

  it("waits until an HTTP date", async () => {
    const fetch = sequence(
      () => apiError(503, "X", "busy", { "retry-after": new Date(now + 12_000).toUTCString() }),
      () => success({}),
    );
    const { rt, delays } = runtimeWith(fetch, () => now);
    await rt.invoke(bookingsGet, { bookingUid: "b" });
    expect(delays).toEqual([12_000]);
  });

  it("prefers retry-after-ms", async () => {
    const fetch = sequence(
      () => apiError(429, "X", "slow", { "retry-after-ms": "250", "retry-after": "9" }),
      () => success({}),
    );
    const { rt, delays } = runtimeWith(fetch, () => now);
    await rt.invoke(bookingsGet, { bookingUid: "b" });
    expect(delays).toEqual([250]);
  });

  it("gives the error back instead of waiting more than 60 s", async () => {
    const fetch = sequence(() => apiError(429, "X", "slow", { "retry-after": "3600" }));
    const { rt, delays } = runtimeWith(fetch, () => now);
    const error = await rt.invoke(bookingsGet, { bookingUid: "b" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterMs).toBe(3_600_000);
    expect(fetch.calls).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it("parses the header forms", () => {
    const h = (init: Record<string, string>) => new Headers(init);
    expect(parseRetryAfterMs(h({ "retry-after": "2" }), now)).toBe(2000);
    expect(parseRetryAfterMs(h({ "retry-after": "0.5" }), now)).toBe(500);
    expect(parseRetryAfterMs(h({ "retry-after": new Date(now - 5000).toUTCString() }), now)).toBe(
      0,
    );
    expect(parseRetryAfterMs(h({ "retry-after": "soon" }), now)).toBeUndefined();
    expect(parseRetryAfterMs(h({ "retry-after": "-3" }), now)).toBeUndefined();
    expect(parseRetryAfterMs(h({}), now)).toBeUndefined();
  });
});

describe("backoff", () => {
  it("doubles from 0.5 s to an 8 s cap, with at most 25 % jitter off", () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((n) => backoffDelayMs(n, () => 0))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000, 8000,
    ]);
    expect(backoffDelayMs(1, () => 0.999)).toBeGreaterThan(750);
    expect(backoffDelayMs(1, () => 0.999)).toBeLessThan(1000);
    expect(retryDelayMs(2, undefined, { random: () => 0 })).toBe(2000);
  });
});

describe("decision table", () => {
  const err = (status: number) => new CalApiError({ status, message: "x" });
  const conn = (reached: boolean) =>
    new CalConnectionError("x", { requestMayHaveReachedServer: reached });

  it("retries reads on 408/429/5xx/connection/timeout", () => {
    for (const e of [
      err(408),
      err(429),
      err(500),
      err(503),
      conn(true),
      new CalTimeoutError("t"),
    ]) {
      expect(shouldRetry(bookingsGet, e)).toBe(true);
    }
    expect(shouldRetry(bookingsGet, err(409))).toBe(false);
    expect(shouldRetry(bookingsGet, new Error("bug"))).toBe(false);
  });

  it("retries a non-idempotent write only when nothing reached the server", () => {
    expect(shouldRetry(bookingsCreate, err(429))).toBe(true);
    expect(shouldRetry(bookingsCreate, conn(false))).toBe(true);
    for (const e of [err(408), err(500), err(503), conn(true), new CalTimeoutError("t")]) {
      expect(shouldRetry(bookingsCreate, e)).toBe(false);
    }
  });

  it("reads 'not sent' from nested causes and aggregate errors only", () => {
    expect(requestCertainlyNotSent(connectionFailure("ECONNREFUSED"))).toBe(true);
    expect(requestCertainlyNotSent(connectionFailure("ENOTFOUND"))).toBe(true);
    expect(requestCertainlyNotSent(connectionFailure("EAI_AGAIN"))).toBe(true);
    expect(requestCertainlyNotSent(connectionFailure("ECONNRESET"))).toBe(false);
    expect(requestCertainlyNotSent(connectionFailure("UND_ERR_SOCKET"))).toBe(false);
    const nested = new TypeError("fetch failed", {
      cause: new Error("wrap", { cause: connectionFailure("ECONNREFUSED") }),
    });
    expect(requestCertainlyNotSent(nested)).toBe(true);
    const refused = (addr: string) => Object.assign(new Error(addr), { code: "ECONNREFUSED" });
    const allRefused = new TypeError("fetch failed", {
      cause: new AggregateError([refused("::1"), refused("127.0.0.1")]),
    });
    expect(requestCertainlyNotSent(allRefused)).toBe(true);
    const mixed = new AggregateError([
      refused("::1"),
      Object.assign(new Error("x"), { code: "ECONNRESET" }),
    ]);
    expect(requestCertainlyNotSent(new TypeError("fetch failed", { cause: mixed }))).toBe(false);
    expect(requestCertainlyNotSent(new TypeError("fetch failed"))).toBe(false);
  });
});

function json204(): Response {
  return new Response(null, { status: 204 });
}
