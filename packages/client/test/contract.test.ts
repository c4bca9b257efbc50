/**
 * Contract tests of @calkit/client against a real Prism mock of spec/openapi.yaml (started by the
 * root global setup on 127.0.0.1, or the server named by CALKIT_TEST_BASE_URL). Every operation is
 * called through the public client with arguments built from the spec's examples and must resolve
 * with the spec's response example; the wire is recorded to check headers and Prism's verdict.
 */
import { describe, expect, inject, it } from "vitest";
// Relative imports (not "@calkit/spec" / "@calkit/client") so `tsc -p tsconfig.test.json` resolves
// them too; vitest's aliases point those names at these same sources.
import { listOperations, loadSpec, type SpecOperation } from "../../../spec/src/index";
import {
  BadRequestError,
  type CalApiError,
  type CalClient,
  type CalClientOptions,
  CalConfigError,
  createCalClient,
  type FetchLike,
  ForbiddenError,
  InternalServerError,
  NotFoundError,
  OPERATION_COUNT,
  RateLimitedError,
  type RuntimeDeps,
  UnauthorizedError,
} from "../src/index.js";

const baseUrl = inject("baseUrl");
const API_KEY = "cal_test_contract";
const doc = loadSpec();
const specOperations = listOperations(doc);

type Json = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// The wire: a fetch that passes every request to globalThis.fetch and remembers what went out.

interface WireCall {
  method: string;
  url: URL;
  headers: Headers;
  /** The JSON body sent, parsed; undefined when none. */
  body: unknown;
  status: number;
  /** Prism's report of requests that break the spec; null when it found nothing. */
  violations: string | null;
}

interface RecordingFetch extends FetchLike {
  calls: WireCall[];
}

function recordingFetch(): RecordingFetch {
  const calls: WireCall[] = [];
  const fetch = (async (input: Request, init?: RequestInit) => {
    const request = new Request(input, init);
    const text = await request.clone().text();
    const response = await globalThis.fetch(request);
    calls.push({
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body: text === "" ? undefined : JSON.parse(text),
      status: response.status,
      violations: response.headers.get("sl-violations"),
    });
    return response;
  }) as RecordingFetch;
  fetch.calls = calls;
  return fetch;
}

function client(options: CalClientOptions = {}, deps?: RuntimeDeps) {
  const fetch = recordingFetch();
  const cal = createCalClient({ baseUrl, apiKey: API_KEY, fetch, ...options }, deps);
  return { cal, fetch };
}

/** A sleep that returns at once and remembers the waits asked for. */
function instantSleep() {
  const delays: number[] = [];
  const sleep = async (ms: number) => {
    delays.push(ms);
  };
  return { sleep, delays };
}

// ---------------------------------------------------------------------------------------------
// What the spec says about one operation.

type Method = (args?: unknown, options?: unknown) => Promise<unknown>;

/** `cal.bookings.create` for "bookings.create". */
function methodOf(cal: CalClient, id: string): Method {
  const [resource, verb] = id.split(".") as [string, string];
  const group = (cal as unknown as Record<string, Record<string, Method> | undefined>)[resource];
  const method = group?.[verb];
  if (typeof method !== "function") throw new Error(`the client has no method for ${id}`);
  return method;
}

function parametersOf(entry: SpecOperation): Json[] {
  return (entry.operation.parameters ?? []) as Json[];
}

function bodyExampleOf(entry: SpecOperation): Json | undefined {
  const media = ((entry.operation.requestBody as Json | undefined)?.content as Json | undefined)?.[
    "application/json"
  ] as Json | undefined;
  return (media?.examples as Record<string, { value: Json }> | undefined)?.example?.value;
}

/** Path and query parameter examples plus the request body example, flattened into one object. */
function argsFromSpec(entry: SpecOperation): Json {
  const args: Json = {};
  for (const p of parametersOf(entry)) {
    if ((p.in === "path" || p.in === "query") && p.example !== undefined) {
      args[String(p.name)] = p.example;
    }
  }
  const body = bodyExampleOf(entry);
  for (const [key, value] of Object.entries(body ?? {})) {
    if (key in args) throw new Error(`${entry.id}: body field "${key}" collides with a parameter`);
    args[key] = value;
  }
  return args;
}

function successExampleOf(entry: SpecOperation): { status: number; value: Json } {
  const responses = entry.operation.responses as Record<string, Json>;
  const code = Object.keys(responses).find((c) => c.startsWith("2"));
  if (!code) throw new Error(`${entry.id}: no 2xx response`);
  const media = (responses[code]?.content as Json | undefined)?.["application/json"] as
    | Json
    | undefined;
  const value = (media?.examples as Record<string, { value: Json }> | undefined)?.example?.value;
  if (!value) throw new Error(`${entry.id}: no response example`);
  return { status: Number(code), value };
}

/** What the client should resolve with: the example's `data`, or `{data, pagination}` with meta. */
function expectedResult(entry: SpecOperation): unknown {
  const { value } = successExampleOf(entry);
  if (entry.meta.pagination?.meta) return { data: value.data, pagination: value.pagination };
  return value.data;
}

/** The path the request must go to: the template with the path examples filled in. */
function expectedPath(entry: SpecOperation): string {
  let path = entry.path;
  for (const p of parametersOf(entry)) {
    if (p.in === "path") path = path.replace(`{${String(p.name)}}`, String(p.example));
  }
  return path;
}

/** The error example the spec gives for `status` on this operation (following its $ref). */
function errorExampleOf(entry: SpecOperation, status: number): { code: string; message: string } {
  let response = (entry.operation.responses as Record<string, Json | undefined>)[String(status)];
  const ref = response?.$ref;
  if (typeof ref === "string") {
    const name = ref.replace("#/components/responses/", "");
    response = ((doc.components as Json).responses as Record<string, Json | undefined>)[name];
  }
  const media = (response?.content as Json | undefined)?.["application/json"] as Json | undefined;
  const examples = media?.examples as
    | Record<string, { value: { error: { code: string; message: string } } }>
    | undefined;
  const value = examples?.example?.value;
  if (!value) throw new Error(`${entry.id}: no example for ${status}`);
  return value.error;
}

function entryOf(id: string): SpecOperation {
  const entry = specOperations.find((o) => o.id === id);
  if (!entry) throw new Error(`${id} is not in the spec`);
  return entry;
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to reject");
}

// ---------------------------------------------------------------------------------------------

describe("every operation against Prism", () => {
  it("the spec has every operation and the client one method for each, no more", () => {
    expect(specOperations).toHaveLength(OPERATION_COUNT);
    const { cal } = client();
    const methods = Object.entries(cal)
      .filter(([key]) => key !== "raw" && key !== "operations")
      .flatMap(([resource, group]) =>
        Object.keys(group as object).map((verb) => `${resource}.${verb}`),
      );
    expect(methods.sort()).toEqual(specOperations.map((o) => o.id).sort());
    expect(Object.keys(cal.operations).sort()).toEqual(methods.sort());
  });

  it.each(specOperations.map((entry) => [entry.id, entry] as const))(
    "%s resolves with the spec's example and sends what the spec asks",
    async (id, entry) => {
      const { cal, fetch } = client();
      const result = await methodOf(cal, id)(argsFromSpec(entry));

      expect(result).toEqual(expectedResult(entry));
      expect(fetch.calls).toHaveLength(1);
      const [call] = fetch.calls as [WireCall];
      expect(call.violations, `Prism: ${call.violations}`).toBeNull();
      expect(call.status).toBe(successExampleOf(entry).status);
      expect(call.method).toBe(entry.method.toUpperCase());
      expect(call.url.pathname).toBe(expectedPath(entry));
      expect(call.headers.get("cal-api-version")).toBe(entry.meta.apiVersion);
      if (entry.meta.auth === "none") expect(call.headers.get("authorization")).toBeNull();
      else expect(call.headers.get("authorization")).toBe(`Bearer ${API_KEY}`);
      // The body carries exactly the body example: no path or query value leaks into it.
      expect(call.body).toEqual(bodyExampleOf(entry));
    },
  );

  it("sends the spec's query examples in the query string", async () => {
    const { cal, fetch } = client();
    await cal.slots.list({ eventTypeId: 42, start: "2026-12-01", end: "2026-12-02" });
    await cal.calendars.busyTimes({
      timeZone: "Europe/London",
      dateFrom: "2026-12-01",
      dateTo: "2026-12-02",
      calendarsToLoad: [{ credentialId: 18, externalId: "ada@example.com" }],
    });
    const [slots, busy] = fetch.calls as [WireCall, WireCall];
    expect(Object.fromEntries(slots.url.searchParams)).toEqual({
      eventTypeId: "42",
      start: "2026-12-01",
      end: "2026-12-02",
    });
    expect(busy.url.searchParams.get("calendarsToLoad[0][credentialId]")).toBe("18");
    expect(busy.url.searchParams.get("calendarsToLoad[0][externalId]")).toBe("ada@example.com");
    expect(fetch.calls.map((c) => c.violations)).toEqual([null, null]);
  });

  // The spec declares `status` (and orgUsers.list's emails, assignedOptionIds, teamIds) as style
  // form, explode false: `status=upcoming,past`, as Cal.com's parser expects.
  it("sends several bookings.list statuses comma-separated, as the spec declares", async () => {
    const { cal, fetch } = client();
    await cal.bookings.list({ status: ["upcoming", "past"] });
    expect(fetch.calls[0]?.url.searchParams.getAll("status")).toEqual(["upcoming,past"]);
  });

  it("a per-call header replaces the client's own", async () => {
    const { cal, fetch } = client();
    await cal.bookings.get(
      { bookingUid: "fkZ3Ppsm8SFGRYxHZGGcnN" },
      { headers: { "cal-api-version": "2024-08-13" } },
    );
    expect(fetch.calls[0]?.headers.get("cal-api-version")).toBe("2024-08-13");
    expect(fetch.calls[0]?.violations).toBeNull();
  });

  // Header names are case-insensitive: a per-call header replaces ours, never joins it (which
  // would send "2024-08-13, v", or two credentials for Authorization).
  it("a per-call header replaces the client's own whatever its case", async () => {
    const { cal, fetch } = client();
    await cal.bookings.get(
      { bookingUid: "fkZ3Ppsm8SFGRYxHZGGcnN" },
      { headers: { "Cal-Api-Version": "2024-08-13", Authorization: "Bearer cal_other" } },
    );
    expect(fetch.calls[0]?.headers.get("cal-api-version")).toBe("2024-08-13");
    expect(fetch.calls[0]?.headers.get("authorization")).toBe("Bearer cal_other");
  });

  it("cal.bookings.list.all() yields the items of every page", async () => {
    const { cal, fetch } = client();
    const items = [];
    for await (const booking of cal.bookings.list.all({ status: ["upcoming"], take: 10 })) {
      items.push(booking);
    }
    const example = successExampleOf(entryOf("bookings.list")).value;
    expect(items).toEqual(example.data);
    // The example says hasNextPage: false, so one page is all it fetches.
    expect(fetch.calls).toHaveLength(1);
    expect(fetch.calls[0]?.url.searchParams.get("take")).toBe("10");
    expect(fetch.calls[0]?.url.searchParams.get("skip")).toBe("0");
    expect(fetch.calls[0]?.violations).toBeNull();
  });

  it("apiVersions overrides a family's cal-api-version", async () => {
    const { cal, fetch } = client({ apiVersions: { bookings: "2024-08-13" } });
    await cal.bookings.get({ bookingUid: "fkZ3Ppsm8SFGRYxHZGGcnN" });
    await cal.me.get();
    expect(fetch.calls.map((c) => c.headers.get("cal-api-version"))).toEqual([
      "2024-08-13",
      "2024-08-13",
    ]);
    await cal.slots.list({ eventTypeId: 42, start: "2026-12-01", end: "2026-12-02" });
    expect(fetch.calls[2]?.headers.get("cal-api-version")).toBe("2024-09-04");
  });

  it("apiVersions refuses, before any request, a version or family the spec does not know", () => {
    expect(() => client({ apiVersions: { bookings: "2025-01-01" } })).toThrow(
      /apiVersions\.bookings: "2025-01-01" is not a cal-api-version known for bookings; known: 2024-08-13, 2026-02-25, 2026-05-01/,
    );
    expect(() => client({ apiVersions: { booking: "2024-08-13" } })).toThrow(
      /apiVersions\.booking: no such endpoint family/,
    );
  });

  it("platform client credentials go out as x-cal-client-id / x-cal-secret-key", async () => {
    const fetch = recordingFetch();
    const cal = createCalClient({
      baseUrl,
      fetch,
      platform: { clientId: "clxyz123", secretKey: "platform-secret-abc123" },
    });
    await cal.orgUsers.list({ orgId: 3 });
    const [call] = fetch.calls as [WireCall];
    expect(call.headers.get("x-cal-client-id")).toBe("clxyz123");
    expect(call.headers.get("x-cal-secret-key")).toBe("platform-secret-abc123");
    expect(call.headers.get("authorization")).toBeNull();
    expect(call.violations).toBeNull();
  });
});

describe("error statuses (Prefer: code=<n>)", () => {
  const classes = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    429: RateLimitedError,
    500: InternalServerError,
  } as const;
  // A read, a create with optional auth, a partial update, a delete, and an op with no auth.
  const representative = [
    ["me.get", {}],
    ["bookings.create", argsFromSpec(entryOf("bookings.create"))],
    ["eventTypes.update", argsFromSpec(entryOf("eventTypes.update"))],
    ["webhooks.delete", argsFromSpec(entryOf("webhooks.delete"))],
    ["slots.list", argsFromSpec(entryOf("slots.list"))],
  ] as const;
  const cases = representative.flatMap(([id, args]) =>
    ([400, 401, 403, 404, 429, 500] as const).map((status) => [id, status, args] as const),
  );

  it.each(cases)("%s answering %i throws its error class", async (id, status, args) => {
    const { cal, fetch } = client({ maxRetries: 0 });
    const error = (await caught(
      methodOf(cal, id)(args, { headers: { Prefer: `code=${status}` } }),
    )) as CalApiError;
    const example = errorExampleOf(entryOf(id), status);

    expect(error).toBeInstanceOf(classes[status]);
    expect(error.name).toBe(classes[status].name);
    expect(error.status).toBe(status);
    expect(error.code).toBe(example.code);
    expect(error.operationId).toBe(id);
    expect(error.message).toContain(example.message);
    expect(error.message).toContain(id);
    if (error instanceof RateLimitedError) {
      expect(error.retryAfterMs).toBe(30_000);
      expect(error.headers["retry-after"]).toBe("30");
    }
    // The credential appears nowhere in what a log line would show.
    expect(String(error)).not.toContain(API_KEY);
    expect(JSON.stringify(error)).not.toContain(API_KEY);
    expect(JSON.stringify(error.headers).toLowerCase()).not.toContain("authorization");
    expect(fetch.calls).toHaveLength(1);
    expect(fetch.calls[0]?.violations).toBeNull();
  });
});

describe("retries against Prism", () => {
  it("a GET answering 500 is retried maxRetries times, with backoff", async () => {
    const { sleep, delays } = instantSleep();
    const { cal, fetch } = client({ maxRetries: 3 }, { sleep, random: () => 0 });
    const error = await caught(cal.me.get({}, { headers: { Prefer: "code=500" } }));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(fetch.calls).toHaveLength(4); // the first attempt + 3 retries
    expect(fetch.calls.every((c) => c.status === 500)).toBe(true);
    expect(delays).toEqual([500, 1000, 2000]);
  });

  it("bookings.create answering 500 is sent exactly once: a resend could double-book", async () => {
    const { sleep, delays } = instantSleep();
    const { cal, fetch } = client({ maxRetries: 3 }, { sleep });
    const args = argsFromSpec(entryOf("bookings.create")) as Parameters<
      CalClient["bookings"]["create"]
    >[0];
    const error = await caught(cal.bookings.create(args, { headers: { Prefer: "code=500" } }));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(fetch.calls).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it("bookings.create answering 429 is resent after the Retry-After wait (rejected, so not booked)", async () => {
    const { sleep, delays } = instantSleep();
    const { cal, fetch } = client({ maxRetries: 2 }, { sleep });
    const args = argsFromSpec(entryOf("bookings.create")) as Parameters<
      CalClient["bookings"]["create"]
    >[0];
    const error = await caught(cal.bookings.create(args, { headers: { Prefer: "code=429" } }));
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(fetch.calls).toHaveLength(3);
    expect(delays).toEqual([30_000, 30_000]); // Prism's Retry-After: 30
  });
});

describe("configuration", () => {
  it("a malformed API key throws CalConfigError at creation, without echoing it", () => {
    let error: unknown;
    try {
      createCalClient({ apiKey: "nope" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CalConfigError);
    expect(String(error)).not.toContain("nope");
  });

  it("an auth-required operation without credentials throws before any request", async () => {
    const fetch = recordingFetch();
    const cal = createCalClient({ baseUrl, fetch });
    const error = await caught(cal.me.get());
    expect(error).toBeInstanceOf(CalConfigError);
    expect((error as CalConfigError).operationId).toBe("me.get");
    expect(fetch.calls).toHaveLength(0);
  });

  it("slots.list (auth none) works with no credentials at all", async () => {
    const fetch = recordingFetch();
    const cal = createCalClient({ baseUrl, fetch });
    const slots = await cal.slots.list({ eventTypeId: 42, start: "2026-12-01", end: "2026-12-02" });
    expect(slots).toEqual(successExampleOf(entryOf("slots.list")).value.data);
    expect(fetch.calls).toHaveLength(1);
    expect(fetch.calls[0]?.headers.get("authorization")).toBeNull();
    expect(fetch.calls[0]?.violations).toBeNull();
  });
});
