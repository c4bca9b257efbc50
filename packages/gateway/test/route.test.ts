// Matching requests to operations: the 41 of the table, and a made-up table for ambiguity.
import { type OperationMeta, operations } from "@calkit/client";
import { toolDefinitions } from "@calkit/tools";
import { describe, expect, it } from "vitest";
import { collectArgs } from "../src/server/args.js";
import { createRouter } from "../src/server/route.js";

const router = createRouter(operations);
const tool = (id: string) =>
  toolDefinitions.find((t) => t.operationId === id) as (typeof toolDefinitions)[number];

describe("router", () => {
  it("finds every operation of the table by its own method and path", () => {
    for (const op of Object.values(operations) as OperationMeta[]) {
      const path = op.path.replace(/\{[^}]+\}/g, "x1");
      const match = router.match(op.method.toUpperCase(), path);
      expect(match.ok && match.operation.id, `${op.method} ${path}`).toBe(op.id);
    }
  });

  it("decodes parameter segments only, and refuses dot segments, empty segments and bad encoding", () => {
    const slash = router.match("GET", "/v2/bookings/a%2Fcancel");
    expect(slash.ok && slash.pathArgs).toEqual({ bookingUid: "a/cancel" });
    expect(router.match("GET", "/v2/book%69ngs").ok).toBe(false);
    for (const path of [
      "/v2/bookings/..",
      "/v2/bookings/%2E",
      "/v2/bookings/.%2e",
      "/v2//bookings",
      "/v2/bookings/%zz",
      "v2/bookings",
    ])
      expect(router.match("GET", path), path).toMatchObject({ ok: false, status: 400 });
  });

  it("answers 404 for a path no operation has, naming the methods a known path takes", () => {
    expect(router.match("GET", "/v2/nothing")).toMatchObject({ ok: false, status: 404 });
    const wrongMethod = router.match("DELETE", "/v2/bookings");
    expect(wrongMethod).toMatchObject({ ok: false, status: 404 });
    expect(!wrongMethod.ok && wrongMethod.message).toContain("GET or POST");
  });

  it("refuses a path that two templates match", () => {
    const base = operations["bookings.get"] as OperationMeta;
    const table = {
      a: { ...base, id: "a", path: "/v2/things/{id}" },
      b: { ...base, id: "b", path: "/v2/things/{uid}" },
      c: { ...base, id: "c", path: "/v2/things/special" },
    };
    const match = createRouter(table).match("GET", "/v2/things/special");
    expect(match).toMatchObject({ ok: false, status: 400 });
    expect(!match.ok && match.message).toContain("matches several operations (a, b, c)");
  });
});

describe("arguments", () => {
  it("reads query values as the schema's numbers, booleans and lists", () => {
    const result = collectArgs(
      tool("bookings.list"),
      {},
      new URLSearchParams("status=upcoming,past&take=5&skip=0"),
      undefined,
    );
    expect(result).toEqual({ ok: true, args: { status: ["upcoming", "past"], take: 5, skip: 0 } });
    const repeated = collectArgs(
      tool("bookings.list"),
      {},
      new URLSearchParams("status=upcoming&status=past"),
      undefined,
    );
    expect(repeated).toEqual({ ok: true, args: { status: ["upcoming", "past"] } });
    const nested = collectArgs(
      tool("calendars.busyTimes"),
      {},
      new URLSearchParams(
        "calendarsToLoad[0][credentialId]=12&calendarsToLoad[0][externalId]=a@b.c",
      ),
      undefined,
    );
    expect(nested).toEqual({
      ok: true,
      args: { calendarsToLoad: [{ credentialId: 12, externalId: "a@b.c" }] },
    });
    const path = collectArgs(
      tool("eventTypes.get"),
      { eventTypeId: "42" },
      new URLSearchParams(),
      undefined,
    );
    expect(path).toEqual({ ok: true, args: { eventTypeId: 42 } });
  });

  it("refuses arguments sent where the operation does not take them", () => {
    expect(
      collectArgs(
        tool("bookings.get"),
        { bookingUid: "a" },
        new URLSearchParams("bookingUid=b"),
        undefined,
      ),
    ).toMatchObject({ ok: false });
    expect(
      collectArgs(tool("bookings.create"), {}, new URLSearchParams("start=2026-12-01"), undefined),
    ).toMatchObject({ ok: false });
    expect(
      collectArgs(tool("bookings.list"), {}, new URLSearchParams("take=1&take=2"), undefined),
    ).toMatchObject({ ok: false });
    expect(
      collectArgs(tool("bookings.cancel"), { bookingUid: "a" }, new URLSearchParams(), {
        bookingUid: "b",
      }),
    ).toMatchObject({ ok: false });
  });

  it("keeps __proto__ an ordinary key (then the validator names it)", () => {
    const body = JSON.parse('{"__proto__": {"polluted": true}, "start": "2026-12-01T15:00:00Z"}');
    const result = collectArgs(tool("bookings.create"), {}, new URLSearchParams(), body);
    expect(result.ok).toBe(true);
    expect(result.ok && Object.getPrototypeOf(result.args)).toBe(Object.prototype);
    expect(result.ok && Object.keys(result.args)).toContain("__proto__");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const query = collectArgs(
      tool("bookings.list"),
      {},
      new URLSearchParams("calendarsToLoad[__proto__][x]=1"),
      undefined,
    );
    expect(query.ok).toBe(false);
  });
});
