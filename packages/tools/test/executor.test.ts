/**
 * executeToolCall: all tools against the Prism mock of the spec, argument errors a model can act
 * on, Cal.com and network errors mapped to kinds and advice, and results kept to a size budget.
 */
import { createCalClient, OPERATION_COUNT } from "@calkit/client";
import { describe, expect, inject, it } from "vitest";
import {
  apiError,
  connectionFailure,
  countingFetch,
  json,
  success,
} from "../../../test/support/fake-fetch.js";
import {
  executeToolCall,
  selectTools,
  type ToolCallResult,
  toolDefinitions,
} from "../src/index.js";
import { exampleArgs, expectedData } from "./spec-args.js";

const baseUrl = inject("baseUrl");
const cal = createCalClient({ apiKey: "cal_test_tools", baseUrl });

function tool(name: string) {
  const found = toolDefinitions.find((t) => t.name === name);
  if (!found) throw new Error(`no tool ${name}`);
  return found;
}

function errorOf(result: ToolCallResult) {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result).slice(0, 300)}`);
  return result.error;
}

/** A client over an injected fetch, never retrying, for the error-mapping tests. */
function fakeClient(
  answer: Parameters<typeof countingFetch>[0],
  options: Parameters<typeof createCalClient>[0] = {},
) {
  const fetch = countingFetch(answer);
  const client = createCalClient({
    apiKey: "cal_test_tools",
    baseUrl: "https://cal.test",
    fetch,
    maxRetries: 0,
    ...options,
  });
  return { client, fetch };
}

describe("all tools against Prism", () => {
  it("there is one tool per operation", () =>
    expect(toolDefinitions).toHaveLength(OPERATION_COUNT));

  it.each(toolDefinitions.map((t) => [t.name, t] as const))(
    "%s: the spec's example arguments succeed",
    async (_name, definition) => {
      const result = await executeToolCall(definition.name, exampleArgs(definition), {
        client: cal,
        maxRetries: 0,
      });
      expect(result, JSON.stringify(result).slice(0, 500)).toMatchObject({ ok: true });
      if (result.ok && !result.truncated) expect(result.data).toEqual(expectedData(definition));
      // Always valid JSON, within the default budget.
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      expect(new TextEncoder().encode(JSON.stringify(result)).length).toBeLessThanOrEqual(16_000);
    },
  );

  it("accepts the operation id in place of the tool name", async () => {
    const result = await executeToolCall(
      "slots.list",
      { eventTypeId: 42, start: "2026-12-01", end: "2026-12-02" },
      { client: cal },
    );
    expect(result.ok).toBe(true);
  });

  it("accepts the arguments as JSON text (OpenAI's function.arguments)", async () => {
    const result = await executeToolCall(
      "cal_bookings_get",
      JSON.stringify({ bookingUid: "fkZ3Ppsm8SFGRYxHZGGcnN" }),
      { client: cal },
    );
    expect(result.ok).toBe(true);
  });

  it("a small budget truncates a real list result, keeping valid JSON and a note", async () => {
    const definition = tool("cal_bookings_list");
    const result = await executeToolCall(definition.name, exampleArgs(definition), {
      client: cal,
      maxResultBytes: 700,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.truncated).toBe(true);
    const text = JSON.stringify(result);
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(700);
    expect(JSON.parse(text)).toEqual(result);
    expect(result.notes?.length).toBeGreaterThan(0);
  });
});

describe("Cal.com errors from Prism (Prefer: code=<n>)", () => {
  const bookingsGet = tool("cal_bookings_get");
  const create = tool("cal_bookings_create");
  const call = (name: string, args: unknown, status: number) =>
    executeToolCall(name, args, {
      client: cal,
      headers: { Prefer: `code=${status}` },
      maxRetries: 0,
    });

  it("429 → rate_limited, with the Retry-After in seconds", async () => {
    const error = errorOf(await call(bookingsGet.name, exampleArgs(bookingsGet), 429));
    expect(error.kind).toBe("rate_limited");
    expect(error.retryAfterSeconds).toBe(30);
    expect(error.message).toMatch(/rate limited.*retry after 30 s/i);
    expect(error.retryable).toBe(true);
    expect(error.status).toBe(429);
  });

  it("404 → not_found, naming the id that was looked up", async () => {
    const error = errorOf(await call(bookingsGet.name, exampleArgs(bookingsGet), 404));
    expect(error.kind).toBe("not_found");
    expect(error.message).toContain("bookingUid");
    expect(error.message).toContain("cal_bookings_list");
    expect(error.field).toBe("bookingUid");
  });

  it("403 → forbidden, naming the scope (and role) the operation needs", async () => {
    const error = errorOf(await call(bookingsGet.name, exampleArgs(bookingsGet), 403));
    expect(error.kind).toBe("forbidden");
    expect(error.scope).toBe("BOOKING_READ");
    expect(error.message).toContain("BOOKING_READ");
    const teams = tool("cal_teams_update");
    const role = errorOf(await call(teams.name, exampleArgs(teams), 403));
    expect(role.message).toContain("TEAM_WRITE");
    expect(role.message).toMatch(/role/);
  });

  it("400 → bad_request with Cal.com's own message", async () => {
    const error = errorOf(await call(create.name, exampleArgs(create), 400));
    expect(error.kind).toBe("bad_request");
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/^Cal\.com rejected the request \(400\): \S/);
    expect(error.message).not.toContain("(HTTP 400");
  });

  it("401 → unauthorized", async () => {
    const error = errorOf(await call(bookingsGet.name, exampleArgs(bookingsGet), 401));
    expect(error.kind).toBe("unauthorized");
    expect(error.retryable).toBe(false);
  });

  it("500 on a read → server_error, safe to retry; on bookings.create → NOT safe to retry", async () => {
    const read = errorOf(await call(bookingsGet.name, exampleArgs(bookingsGet), 500));
    expect(read.kind).toBe("server_error");
    expect(read.retryable).toBe(true);
    expect(read.message).toMatch(/safe to retry/);
    const write = errorOf(await call(create.name, exampleArgs(create), 500));
    expect(write.kind).toBe("server_error");
    expect(write.retryable).toBe(false);
    expect(write.message).toMatch(/NOT safe to retry/);
    expect(write.message).toContain("cal_bookings_list");
  });
});

describe("errors from an injected fetch", () => {
  const args = exampleArgs(tool("cal_bookings_create"));

  it("a 429 without Retry-After still says to wait", async () => {
    const { client } = fakeClient(() =>
      apiError(429, "TooManyRequestsException", "Too many requests"),
    );
    const error = errorOf(await executeToolCall("cal_bookings_create", args, { client }));
    expect(error.kind).toBe("rate_limited");
    expect(error.retryAfterSeconds).toBeUndefined();
    expect(error.message).toMatch(/wait before retrying/);
  });

  it("409 → conflict", async () => {
    const { client } = fakeClient(() =>
      apiError(409, "ConflictException", "The slot is no longer available"),
    );
    const error = errorOf(await executeToolCall("cal_bookings_create", args, { client }));
    expect(error.kind).toBe("conflict");
    expect(error.message).toContain("The slot is no longer available");
  });

  it("connection refused → nothing was sent, safe to retry even a create", async () => {
    const { client } = fakeClient(() => {
      throw connectionFailure("ECONNREFUSED");
    });
    const error = errorOf(await executeToolCall("cal_bookings_create", args, { client }));
    expect(error.kind).toBe("connection");
    expect(error.retryable).toBe(true);
    expect(error.message).toMatch(/Nothing reached Cal\.com/);
  });

  it("connection reset on bookings.create → NOT safe to retry (it could book twice)", async () => {
    const { client } = fakeClient(() => {
      throw connectionFailure("ECONNRESET");
    });
    const error = errorOf(await executeToolCall("cal_bookings_create", args, { client }));
    expect(error.kind).toBe("connection");
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/NOT safe to retry/);
  });

  it("connection reset on an idempotent update → safe to retry", async () => {
    const { client } = fakeClient(() => {
      throw connectionFailure("ECONNRESET");
    });
    const error = errorOf(
      await executeToolCall("cal_schedules_update", { scheduleId: 1, name: "Work" }, { client }),
    );
    expect(error.kind).toBe("connection");
    expect(error.retryable).toBe(true);
    expect(error.message).toMatch(/idempotent, so it is safe to retry/);
  });

  it("timeout → says so, and whether a retry is safe", async () => {
    const hang = (request: Request) =>
      new Promise<Response>((_, reject) =>
        request.signal.addEventListener("abort", () => reject(request.signal.reason), {
          once: true,
        }),
      );
    const { client } = fakeClient(hang, { timeoutMs: 30 });
    const write = errorOf(await executeToolCall("cal_bookings_create", args, { client }));
    expect(write.kind).toBe("timeout");
    expect(write.message).toMatch(/did not answer.*NOT safe to retry/);
    const read = errorOf(await executeToolCall("cal_me_get", {}, { client }));
    expect(read.kind).toBe("timeout");
    expect(read.message).toMatch(/only reads, so it is safe to retry/);
  });

  it("an aborted call → aborted", async () => {
    const { client } = fakeClient(() => success({}));
    const controller = new AbortController();
    controller.abort();
    const error = errorOf(
      await executeToolCall("cal_me_get", {}, { client, signal: controller.signal }),
    );
    expect(error.kind).toBe("aborted");
  });

  it("a client without credentials → config, before any request", async () => {
    const fetch = countingFetch();
    const client = createCalClient({ baseUrl: "https://cal.test", fetch });
    const error = errorOf(await executeToolCall("cal_me_get", {}, { client }));
    expect(error.kind).toBe("config");
    expect(error.message).toMatch(/credentials/);
    expect(fetch.requests).toHaveLength(0);
  });

  it("a client given the token's scopes → missing_scope naming it, before any request", async () => {
    const { client, fetch } = fakeClient(() => success({}), {
      apiKey: undefined,
      oauth: { accessToken: "tok", scopes: ["BOOKING_READ"] },
    });
    const error = errorOf(
      await executeToolCall("cal_bookings_cancel", { bookingUid: "abc" }, { client }),
    );
    expect(error).toMatchObject({
      kind: "missing_scope",
      scope: "BOOKING_WRITE",
      retryable: false,
    });
    expect(error.message).toContain("BOOKING_WRITE");
    expect(fetch.requests).toHaveLength(0);
    expect((await executeToolCall("cal_bookings_get", { bookingUid: "abc" }, { client })).ok).toBe(
      true,
    );
  });

  it("passes headers, and the result of a delete with no data is null", async () => {
    const { client, fetch } = fakeClient(() => json(200, { status: "success" }));
    const result = await executeToolCall(
      "cal_schedules_delete",
      { scheduleId: 7 },
      { client, headers: { "x-test": "1" } },
    );
    expect(result).toEqual({ ok: true, data: null });
    expect(fetch.requests[0]?.headers.get("x-test")).toBe("1");
    expect(new URL(fetch.requests[0]!.url).pathname).toBe("/v2/schedules/7");
  });
});

describe("argument errors a model can act on", () => {
  const { client, fetch } = fakeClient(() => success({}));
  const run = (name: string, args: unknown) => executeToolCall(name, args, { client });
  const create = exampleArgs(tool("cal_bookings_create"));

  it("a wrong type names the field, what was expected and what came", async () => {
    const error = errorOf(await run("cal_bookings_create", { ...create, start: 1767225600 }));
    expect(error.kind).toBe("invalid_arguments");
    expect(error.field).toBe("start");
    expect(error.message).toContain("`start` must be a string (ISO 8601 instant in UTC");
    expect(error.message).toContain("got the number 1767225600");
  });

  it("an unknown argument is rejected by name, listing the allowed ones and the likely one", async () => {
    const error = errorOf(await run("cal_bookings_create", { ...create, attendees: [] }));
    expect(error.field).toBe("attendees");
    expect(error.message).toContain(
      "unknown argument `attendees` (did you mean `attendee`?); allowed: start, attendee,",
    );
    const none = errorOf(await run("cal_me_get", { foo: 1 }));
    expect(none.message).toContain("unknown argument `foo`; this tool takes no arguments");
  });

  it("a missing nested field is named with its path", async () => {
    const error = errorOf(
      await run("cal_bookings_create", { ...create, attendee: { name: "Ada" } }),
    );
    expect(error.field).toBe("attendee.timeZone");
    expect(error.message).toContain("`attendee.timeZone` is required");
  });

  it("a missing required argument is named, with its description", async () => {
    const error = errorOf(await run("cal_slots_list", { start: "2026-12-01" }));
    expect(error.field).toBe("end");
    expect(error.message).toContain("`end` is required (Window end in UTC");
  });

  it("enum, minimum and array items", async () => {
    const error = errorOf(
      await run("cal_slots_list", { start: "a", end: "b", format: "slots", duration: 0 }),
    );
    expect(error.message).toContain(
      '`format` must be one of `"time"`, `"range"`; got the string "slots"',
    );
    expect(error.message).toContain("`duration` must be at least 1; got the number 0");
    const guests = errorOf(
      await run("cal_bookings_create", { ...create, guests: ["a@example.com", 3] }),
    );
    expect(guests.field).toBe("guests[1]");
  });

  it("several problems are numbered", async () => {
    const error = errorOf(await run("cal_bookings_create", {}));
    expect(error.message).toMatch(
      /^Invalid arguments \(2 problems\): 1\) `start` is required.*; 2\) `attendee` is required/,
    );
  });

  it("null, arrays, strings and numbers as the argument object", async () => {
    // null means "no arguments": fine for a tool that needs none, missing fields otherwise.
    expect((await run("cal_me_get", null)).ok).toBe(true);
    expect(errorOf(await run("cal_bookings_get", null)).field).toBe("bookingUid");
    for (const bad of [[], ["bookingUid"], "bookingUid=1", 42, true]) {
      const error = errorOf(await run("cal_bookings_get", bad));
      expect(error.kind).toBe("invalid_arguments");
      expect(error.message).toMatch(/the arguments must be a JSON object/);
    }
  });

  it("prototype-pollution keys are rejected and pollute nothing", async () => {
    const before = fetch.requests.length;
    const parsed = JSON.parse('{"bookingUid": "abc", "__proto__": {"polluted": true}}');
    const top = errorOf(await run("cal_bookings_get", parsed));
    expect(top.field).toBe("__proto__");
    expect(top.message).toContain("unknown argument `__proto__`");
    const nested = JSON.parse(
      '{"bookingUid": "abc", "cancellationReason": "x", "seatUid": "s", "cancelSubsequentBookings": false}',
    );
    expect((await run("cal_bookings_cancel", nested)).ok).toBe(true);
    const deep = JSON.parse(
      '{"start": "2026-12-01T15:00:00Z", "attendee": {"name": "A", "timeZone": "UTC"}, "metadata": {"__proto__": {"polluted": true}}}',
    );
    const error = errorOf(await run("cal_bookings_create", deep));
    expect(error.field).toBe("metadata.__proto__");
    for (const key of ["constructor", "prototype", "toString"]) {
      expect(errorOf(await run("cal_bookings_get", { bookingUid: "abc", [key]: 1 })).field).toBe(
        key,
      );
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(fetch.requests.length).toBe(before + 1); // only the valid cancel
  });

  it("huge strings, deep nesting, cycles and non-JSON values are rejected by field", async () => {
    const huge = errorOf(
      await run("cal_bookings_cancel", {
        bookingUid: "abc",
        cancellationReason: "x".repeat(1_000_000),
      }),
    );
    expect(huge.field).toBe("cancellationReason");
    expect(huge.message).toMatch(/too long: 1000000 characters/);
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 100; i++) deep = deep.a = {} as Record<string, unknown>;
    expect(
      errorOf(await run("cal_bookings_create", { ...create, metadata: root })).message,
    ).toMatch(/nested too deeply/);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(errorOf(await run("cal_bookings_create", { ...create, metadata: cyclic })).field).toBe(
      "metadata.self",
    );
    expect(
      errorOf(await run("cal_bookings_create", { ...create, metadata: { at: new Date() } }))
        .message,
    ).toMatch(/plain JSON object; got a Date/);
    expect(
      errorOf(await run("cal_bookings_create", { ...create, recurrenceCount: Number.NaN })).field,
    ).toBe("recurrenceCount");
    expect(
      errorOf(await run("cal_bookings_create", { ...create, recurrenceCount: 10n })).message,
    ).toMatch(/JSON data; got a bigint/);
    expect(
      errorOf(await run("cal_bookings_create", { ...create, guests: Array(10_000).fill("a") }))
        .message,
    ).toMatch(/too large/);
    const getter = {
      get bookingUid(): string {
        throw new Error("boom");
      },
    };
    expect(errorOf(await run("cal_bookings_get", getter)).message).toMatch(
      /could not be read \(boom\)/,
    );
  });

  it("an empty path parameter is rejected by name rather than sent to another URL", async () => {
    const error = errorOf(await run("cal_bookings_get", { bookingUid: " " }));
    expect(error).toMatchObject({ kind: "invalid_arguments", field: "bookingUid" });
    expect(error.message).toContain("`bookingUid` must not be empty");
  });

  it("`.`, `..` and lone surrogates as path ids are named invalid arguments and never sent", async () => {
    const before = fetch.requests.length;
    const cases: [string, Record<string, unknown>, string][] = [
      ["cal_bookings_cancel", { bookingUid: ".." }, "bookingUid"], // was POST /v2/cancel
      ["cal_webhooks_update", { webhookId: "." }, "webhookId"], // was PATCH /v2/webhooks/
      ["cal_slots_delete_reservation", { uid: ".." }, "uid"], // was DELETE /v2/slots/
      ["cal_bookings_get", { bookingUid: "\uD800" }, "bookingUid"], // was internal: URIError
    ];
    for (const [name, args, field] of cases) {
      const error = errorOf(await run(name, args));
      expect(error, name).toMatchObject({ kind: "invalid_arguments", field, retryable: false });
      expect(error.message).toMatch(new RegExp(`^Invalid arguments: \`${field}\` `));
      expect(error.message).not.toMatch(/URIError|internal/);
    }
    expect(fetch.requests.length).toBe(before);
  });

  it("null on an optional field means 'not given' (OpenAI strict mode); on a required one it is an error", async () => {
    const before = fetch.requests.length;
    const ok = await run("cal_bookings_cancel", {
      bookingUid: "abc",
      cancellationReason: null,
      seatUid: null,
      cancelSubsequentBookings: null,
    });
    expect(ok.ok).toBe(true);
    const body = await fetch.requests[before]!.clone().json();
    expect(body).toEqual({});
    expect(errorOf(await run("cal_bookings_cancel", { bookingUid: null })).field).toBe(
      "bookingUid",
    );
  });

  it("no request is sent for any invalid call above", () => {
    // Every request in this block came from a call that returned ok: true.
    for (const request of fetch.requests) expect(request.url).toMatch(/^https:\/\/cal\.test\/v2\//);
  });
});

describe("unknown and not-allowed tools", () => {
  const { client, fetch } = fakeClient(() => success({}));

  it("an unknown name lists the closest names", async () => {
    const error = errorOf(await executeToolCall("cal_booking_list", {}, { client }));
    expect(error.kind).toBe("unknown_tool");
    expect(error.message).toContain("Did you mean cal_bookings_list");
    const camel = errorOf(await executeToolCall("bookings.lst", {}, { client }));
    expect(camel.message).toContain("cal_bookings_list");
  });

  it("a non-string name never throws", async () => {
    for (const name of [undefined, null, 42, {}, ["cal_me_get"], ""]) {
      expect(errorOf(await executeToolCall(name, {}, { client })).kind).toBe("unknown_tool");
    }
  });

  it("a tool outside the selection is not_allowed, naming its scope, and nothing is sent", async () => {
    const tools = selectTools({ scopes: ["BOOKING_READ"] });
    const error = errorOf(
      await executeToolCall("cal_bookings_cancel", { bookingUid: "abc" }, { client, tools }),
    );
    expect(error).toMatchObject({ kind: "not_allowed", scope: "BOOKING_WRITE" });
    expect(error.message).toContain("cal_bookings_get");
    expect(fetch.requests).toHaveLength(0);
  });

  it("a missing client is a config error, not a throw", async () => {
    const result = await executeToolCall("cal_me_get", {}, {} as never);
    expect(errorOf(result).kind).toBe("config");
    const nothing = await executeToolCall("cal_me_get", {}, undefined as never);
    expect(nothing.ok).toBe(false);
  });
});

describe("results within the size budget", () => {
  const items = Array.from({ length: 500 }, (_, i) => ({
    uid: `booking-${i}`,
    title: `Meeting ${i} ${"é".repeat(40)}`,
    attendees: [{ name: "Ada", email: "ada@example.com" }],
  }));

  it("cuts a long array with a note of how many were omitted, as valid JSON", async () => {
    const { client } = fakeClient(() => success(items, { pagination: { totalItems: 500 } }));
    const result = await executeToolCall(
      "cal_bookings_list",
      {},
      { client, maxResultBytes: 4_000 },
    );
    expect(result.ok && result.truncated).toBe(true);
    if (!result.ok) return;
    const text = JSON.stringify(result);
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(4_000);
    expect(JSON.parse(text)).toEqual(result);
    const data = result.data as { data: unknown[]; pagination: unknown };
    expect(data.data.length).toBeGreaterThan(3);
    expect(data.data.length).toBeLessThan(500);
    expect(data.pagination).toEqual({ totalItems: 500 });
    expect(result.notes?.[0]).toMatch(
      new RegExp(
        `^\`data\\.data\`: ${data.data.length} of 500 items shown \\(${500 - data.data.length} omitted\\)$`,
      ),
    );
  });

  it("shortens long strings", async () => {
    const { client } = fakeClient(() => success({ id: 1, bio: "🙂".repeat(20_000) }));
    const result = await executeToolCall("cal_me_get", {}, { client, maxResultBytes: 2_000 });
    expect(result.ok && result.truncated).toBe(true);
    if (!result.ok) return;
    const text = JSON.stringify(result);
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(2_000);
    expect((result.data as { bio: string }).bio).toMatch(/… \[\d+ more characters\]$/);
    expect(text).not.toMatch(/\\ud83d"/); // no split surrogate pair
    expect(result.notes?.join(" ")).toMatch(/shortened/);
  });

  it("falls back to a text preview when nothing structured fits, and stays valid JSON", async () => {
    const wide = Object.fromEntries(Array.from({ length: 3_000 }, (_, i) => [`key${i}`, i]));
    const { client } = fakeClient(() => success(wide));
    const result = await executeToolCall("cal_me_get", {}, { client, maxResultBytes: 1_000 });
    expect(result.ok && result.truncated).toBe(true);
    const text = JSON.stringify(result);
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(1_000);
    expect(JSON.parse(text)).toEqual(result);
  });

  it("small results are untouched", async () => {
    const { client } = fakeClient(() => success({ id: 1 }));
    expect(await executeToolCall("cal_me_get", {}, { client })).toEqual({
      ok: true,
      data: { id: 1 },
    });
  });
});
