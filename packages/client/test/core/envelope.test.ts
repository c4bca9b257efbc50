import { describe, expect, it } from "vitest";
import { unwrapSuccess } from "../../src/core/envelope.js";
import { CalApiError, NotFoundError } from "../../src/core/errors.js";
import { createRuntime } from "../../src/core/runtime.js";
import { fakeFetch, json, success } from "./fake-fetch.js";
import { bookingsGet, bookingsList, eventTypesDelete, TEST_KEY } from "./operations.js";

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

  it("turns a non-JSON or malformed body into a clear CalApiError", () => {
    const html = new Response(null, { status: 200, headers: { "content-type": "text/html" } });
    for (const text of ["<html>login</html>", "[1,2]", '{"data":1}', '"hi"', "null"]) {
      let error: unknown;
      try {
        unwrapSuccess(bookingsGet, text, html);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CalApiError);
      expect((error as CalApiError).code).toBe("MALFORMED_RESPONSE");
      expect((error as CalApiError).message).toMatch(/^bookings\.get: unexpected success response/);
    }
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

  it("a non-JSON 200 is a CalApiError and is not retried", async () => {
    const fetch = fakeFetch(
      () => new Response("<html>", { status: 200, headers: { "content-type": "text/html" } }),
    );
    const rt = createRuntime({ apiKey: TEST_KEY, fetch });
    const error = await rt.invoke(bookingsGet, { bookingUid: "b" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CalApiError);
    expect((error as Error).message).toContain("text/html");
    expect(fetch.calls).toHaveLength(1);
  });

  it("a non-JSON error body still maps by status", async () => {
    const fetch = fakeFetch(() => new Response("Not Found", { status: 404 }));
    const rt = createRuntime({ apiKey: TEST_KEY, fetch });
    await expect(rt.invoke(bookingsGet, { bookingUid: "b" })).rejects.toBeInstanceOf(NotFoundError);
  });
});
