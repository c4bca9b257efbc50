import { describe, expect, it } from "vitest";
import { fakeFetch, json, success } from "../../../../test/support/fake-fetch.js";
import { unwrapSuccess } from "../../src/core/envelope.js";
import { CalApiError, NotFoundError } from "../../src/core/errors.js";
import { createRuntime } from "../../src/core/runtime.js";
import { type CalWarning, createWarner } from "../../src/core/warnings.js";
import {
  bookingsCreate,
  bookingsGet,
  bookingsList,
  eventTypesDelete,
  TEST_KEY,
} from "./operations.js";

const ok = new Response(null, { status: 200 });
const pagination = {
  totalItems: 3,
  remainingItems: 0,
  returnedItems: 3,
  itemsPerPage: 10,
  currentPage: 1,
  totalPages: 1,
  hasNextPage: false,
  hasPreviousPage: false,
};

describe("unwrapSuccess", () => {
  it("returns data", () => {
    expect(
      unwrapSuccess(bookingsGet, JSON.stringify({ status: "success", data: { uid: "b" } }), ok),
    ).toEqual({ uid: "b" });
    expect(
      unwrapSuccess(bookingsGet, JSON.stringify({ status: "success", data: null }), ok),
    ).toBeNull();
  });

  it("returns {data, pagination} for operations with pagination meta", () => {
    const text = JSON.stringify({ status: "success", data: [{ id: 1 }], pagination });
    expect(unwrapSuccess(bookingsList, text, ok)).toEqual({ data: [{ id: 1 }], pagination });
  });

  it("returns undefined for a status-only envelope or an empty body", () => {
    expect(unwrapSuccess(eventTypesDelete, '{"status":"success"}', ok)).toBeUndefined();
    expect(unwrapSuccess(eventTypesDelete, "", ok)).toBeUndefined();
    expect(unwrapSuccess(eventTypesDelete, undefined, ok)).toBeUndefined();
  });

  it("resolves a 2xx body in any other shape as the success it is, warning once per operation", () => {
    const html = new Response(null, { status: 200, headers: { "content-type": "text/html" } });
    const warnings: CalWarning[] = [];
    const warn = createWarner((w) => warnings.push(w));
    const cases: [string, unknown][] = [
      ["<html>done</html>", "<html>done</html>"],
      ["[1,2]", [1, 2]],
      ['{"data":1}', { data: 1 }],
      ['"hi"', "hi"],
      ["null", null],
    ];
    for (const [text, expected] of cases)
      expect(unwrapSuccess(bookingsGet, text, html, [], warn)).toEqual(expected);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      code: "CALKIT_UNEXPECTED_SUCCESS_BODY",
      operationId: "bookings.get",
    });
    expect(warnings[0]?.message).toMatch(
      /^bookings\.get: Cal\.com answered HTTP 200 \(text\/html\) but the body is not JSON/,
    );
    expect(unwrapSuccess(bookingsGet, "sent cal_secret_key", html, ["cal_secret_key"], warn)).toBe(
      "sent [redacted]",
    );
  });

  it("redacts a secret in the data however the JSON spells it, and copies nothing without one", () => {
    const secret = "cal_secret_key";
    const answer = (raw: string) => `{"status":"success","data":{"note":${raw},"n":[1]}}`;
    expect(unwrapSuccess(bookingsGet, answer(`"key ${secret}"`), ok, [secret])).toEqual({
      note: "key [redacted]",
      n: [1],
    });
    // An escape sequence hides the secret from a search of the text, not from the parsed data.
    expect(unwrapSuccess(bookingsGet, answer('"key cal_\\u0073ecret_key"'), ok, [secret])).toEqual({
      note: "key [redacted]",
      n: [1],
    });
    expect(unwrapSuccess(bookingsGet, answer('"\\u0063al_secret_key"'), ok, [secret])).toEqual({
      note: "[redacted]",
      n: [1],
    });
    expect(unwrapSuccess(bookingsGet, answer('"nothing secret"'), ok, [secret])).toEqual({
      note: "nothing secret",
      n: [1],
    });
  });

  it("treats an error envelope under a 2xx status as the error it is", () => {
    const text = JSON.stringify({
      status: "error",
      error: { code: "NotFoundException", message: "gone" },
    });
    expect(() => unwrapSuccess(bookingsGet, text, new Response(null, { status: 200 }))).toThrow(
      CalApiError,
    );
  });
});

describe("through the runtime", () => {
  it("unwraps data, pagination, 204 and status-only bodies", async () => {
    const bodies = [
      () => success({ uid: "b" }),
      () => success([{ id: 1 }], { pagination }),
      () => new Response(null, { status: 204 }),
      () => json(200, { status: "success" }),
    ];
    const fetch = fakeFetch((_, i) => (bodies[i] as () => Response)());
    const rt = createRuntime({ apiKey: TEST_KEY, fetch });
    await expect(rt.invoke(bookingsGet, { bookingUid: "b" })).resolves.toEqual({ uid: "b" });
    await expect(rt.invoke(bookingsList)).resolves.toEqual({ data: [{ id: 1 }], pagination });
    await expect(rt.invoke(eventTypesDelete, { eventTypeId: 1 })).resolves.toBeUndefined();
    await expect(rt.invoke(eventTypesDelete, { eventTypeId: 1 })).resolves.toBeUndefined();
  });

  it("a non-JSON 200 to a write is the success it is, not retried, with one warning to onWarning", async () => {
    const fetch = fakeFetch(
      () => new Response("<html>", { status: 200, headers: { "content-type": "text/html" } }),
    );
    const warnings: CalWarning[] = [];
    const rt = createRuntime({ apiKey: TEST_KEY, fetch, onWarning: (w) => warnings.push(w) });
    await expect(rt.invoke(bookingsCreate, { start: "2026-12-01T15:00:00Z" })).resolves.toBe(
      "<html>",
    );
    await expect(rt.invoke(bookingsCreate, { start: "2026-12-01T15:00:00Z" })).resolves.toBe(
      "<html>",
    );
    expect(fetch.calls).toHaveLength(2);
    expect(warnings.map((w) => w.operationId)).toEqual(["bookings.create"]);
    expect(warnings[0]?.message).toContain("text/html");
  });

  it("a non-JSON error body still maps by status", async () => {
    const fetch = fakeFetch(() => new Response("Not Found", { status: 404 }));
    const rt = createRuntime({ apiKey: TEST_KEY, fetch });
    await expect(rt.invoke(bookingsGet, { bookingUid: "b" })).rejects.toBeInstanceOf(NotFoundError);
  });
});
