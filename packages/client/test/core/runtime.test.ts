import { describe, expect, it } from "vitest";
import { fakeFetch, success } from "../../../../test/support/fake-fetch.js";
import { createCalClient } from "../../src/client.js";
import { CalConfigError, InvalidPathParameterError } from "../../src/core/errors.js";
import { createRuntime } from "../../src/core/runtime.js";

/** `cal.raw` is typed with the spec's paths; this test asks for one the spec does not have. */
type RawGet = { GET(path: string, init: object): Promise<{ data?: unknown }> };

import {
  bookingsCancel,
  bookingsCreate,
  bookingsGet,
  busyTimes,
  eventTypesDelete,
  eventTypesUpdate,
  meGet,
  slotsList,
  TEST_KEY,
} from "./operations.js";

describe("request shaping", () => {
  it("sends cal-api-version, Accept and the base URL", async () => {
    const fetch = fakeFetch(() => success({ id: 1 }));
    const rt = createRuntime({ apiKey: TEST_KEY, fetch });
    await rt.invoke(meGet);
    const [call] = fetch.calls;
    expect(call?.url.toString()).toBe("https://api.cal.com/v2/me");
    expect(call?.method).toBe("GET");
    expect(call?.headers["cal-api-version"]).toBe("2024-08-13");
    expect(call?.headers.accept).toBe("application/json");
    expect(call?.headers["content-type"]).toBeUndefined();
    expect(call?.body).toBeUndefined();
  });

  it("lets apiVersions override one resource's version only", async () => {
    const fetch = fakeFetch(() => success({}));
    const rt = createRuntime({ apiKey: TEST_KEY, fetch, apiVersions: { bookings: "2024-08-13" } });
    await rt.invoke(bookingsGet, { bookingUid: "b1" });
    await rt.invoke(meGet);
    await rt.invoke(slotsList, { eventTypeId: 1 });
    expect(fetch.calls.map((c) => c.headers["cal-api-version"])).toEqual([
      "2024-08-13",
      "2024-08-13",
      "2024-09-04",
    ]);
  });

  it("splits flat args into URL-encoded path, query and JSON body", async () => {
    const fetch = fakeFetch(() => success({}));
    const rt = createRuntime({ apiKey: TEST_KEY, fetch, baseUrl: "http://127.0.0.1:4010/" });
    await rt.invoke(bookingsCancel, {
      bookingUid: "a/b c?d",
      cancellationReason: "sick",
      cancelSubsequentBookings: true,
      ignored: undefined,
    });
    const [call] = fetch.calls;
    expect(call?.method).toBe("POST");
    expect(call?.url.origin).toBe("http://127.0.0.1:4010");
    expect(call?.url.pathname).toBe("/v2/bookings/a%2Fb%20c%3Fd/cancel");
    expect(call?.url.search).toBe("");
    expect(call?.headers["content-type"]).toBe("application/json");
    expect(call?.body).toEqual({ cancellationReason: "sick", cancelSubsequentBookings: true });
  });

  it("puts query params in the query string and the rest in the body", async () => {
    const fetch = fakeFetch(() => success({}));
    const rt = createRuntime({ apiKey: TEST_KEY, fetch });
    const meta = { ...eventTypesUpdate, queryParams: ["dryRun"] };
    await rt.invoke(meta, { eventTypeId: 42, dryRun: true, title: "Chat", lengthInMinutes: 30 });
    const [call] = fetch.calls;
    expect(call?.method).toBe("PATCH");
    expect(call?.url.pathname).toBe("/v2/event-types/42");
    expect(call?.url.searchParams.get("dryRun")).toBe("true");
    expect(call?.body).toEqual({ title: "Chat", lengthInMinutes: 30 });
  });

  it("serialises list and nested query values", async () => {
    const fetch = fakeFetch(() => success({}));
    const rt = createRuntime({ apiKey: TEST_KEY, fetch });
    await rt.invoke(busyTimes, {
      dateFrom: "2026-01-01",
      calendarsToLoad: [
        { credentialId: 1, externalId: "a@x.com" },
        { credentialId: 2, externalId: "b@x.com" },
      ],
    });
    const search = fetch.calls[0]?.url.searchParams;
    expect(search?.get("dateFrom")).toBe("2026-01-01");
    expect(search?.get("calendarsToLoad[0][credentialId]")).toBe("1");
    expect(search?.get("calendarsToLoad[1][externalId]")).toBe("b@x.com");

    await rt.invoke({ ...busyTimes, queryParams: ["status"] }, { status: ["upcoming", "past"] });
    expect(fetch.calls[1]?.url.searchParams.getAll("status")).toEqual(["upcoming,past"]);
  });

  it("sends an empty JSON object for a body operation called without body fields", async () => {
    const fetch = fakeFetch(() => success({}));
    const rt = createRuntime({ apiKey: TEST_KEY, fetch });
    await rt.invoke(bookingsCancel, { bookingUid: "b1" });
    expect(fetch.calls[0]?.body).toEqual({});
    expect(fetch.calls[0]?.headers["content-type"]).toBe("application/json");
  });

  it("rejects a missing or empty path parameter before sending", async () => {
    const fetch = fakeFetch(() => success({}));
    const rt = createRuntime({ apiKey: TEST_KEY, fetch });
    await expect(rt.invoke(bookingsGet, {})).rejects.toBeInstanceOf(CalConfigError);
    await expect(rt.invoke(eventTypesDelete, { eventTypeId: "" })).rejects.toThrow(/eventTypeId/);
    expect(fetch.calls).toHaveLength(0);
  });

  it("never builds a URL from a path id that is `.`, `..`, blank or a lone surrogate", async () => {
    const fetch = fakeFetch(() => success({}));
    const rt = createRuntime({ apiKey: TEST_KEY, fetch });
    // `..` would send POST /v2/cancel, `.` GET /v2/bookings/ (the list), `\uD800` a URIError.
    for (const bookingUid of ["..", ".", " ", "\uD800", "a\uDC00"]) {
      const error = await rt.invoke(bookingsCancel, { bookingUid }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidPathParameterError);
      expect(error).toMatchObject({ field: "bookingUid", operationId: "bookings.cancel" });
    }
    await expect(rt.invoke(eventTypesDelete, { eventTypeId: Number.NaN })).rejects.toThrow(
      /eventTypeId" must be a finite number/,
    );
    expect(fetch.calls).toHaveLength(0);
    // Dots inside a value, and encoded dots, are data: percent-encoding keeps them in one segment.
    await rt.invoke(bookingsCancel, { bookingUid: "...%2e%2e" });
    expect(fetch.calls[0]?.url.pathname).toBe("/v2/bookings/...%252e%252e/cancel");
  });

  it("merges headers: client headers < credentials < call headers", async () => {
    const fetch = fakeFetch(() => success({}));
    const rt = createRuntime({
      apiKey: TEST_KEY,
      fetch,
      userAgent: "my-app/1.0",
      headers: { "x-trace": "client", "x-client-only": "1" },
    });
    await rt.invoke(bookingsCreate, { start: "x" }, { headers: { "x-trace": "call" } });
    const headers = fetch.calls[0]?.headers ?? {};
    expect(headers["user-agent"]).toBe("my-app/1.0");
    expect(headers["x-client-only"]).toBe("1");
    expect(headers["x-trace"]).toBe("call");
    expect(headers.authorization).toBe(`Bearer ${TEST_KEY}`);
  });

  it("exposes the raw openapi-fetch client on the same fetch and base URL", async () => {
    const fetch = fakeFetch(() => success({ ok: true }));
    const cal = createCalClient({ fetch, baseUrl: "http://localhost:9" });
    const { data } = await (cal.raw as unknown as RawGet).GET("/v2/anything", {});
    expect(data).toEqual({ status: "success", data: { ok: true } });
    expect(fetch.calls[0]?.url.toString()).toBe("http://localhost:9/v2/anything");
  });

  it("rejects bad options at creation", () => {
    expect(() => createRuntime({ baseUrl: "not a url" })).toThrow(CalConfigError);
    expect(() => createRuntime({ timeoutMs: 0 })).toThrow(CalConfigError);
    expect(() => createRuntime({ maxRetries: -1 })).toThrow(CalConfigError);
    expect(() => createRuntime({ rateLimit: { requestsPerMinute: 0 } })).toThrow(CalConfigError);
  });
});
