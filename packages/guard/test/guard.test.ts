/**
 * Enforcement in front of the client and the tool executor: a denied call never reaches the
 * network (requests counted), allowed calls go through, and booking constraints look the booking up.
 */
import { createCalClient } from "@calkit/client";
import { toolDefinitions } from "@calkit/tools";
import { describe, expect, it } from "vitest";
import { countingFetch, success } from "../../../test/support/fake-fetch.js";
import { exampleArgs } from "../../tools/test/spec-args";
import { type AuditRecord, callbackSink, createAuditLog } from "../src/audit";
import { createGuard, PolicyDeniedError } from "../src/guard";
import type { PolicyFile } from "../src/policy";

const policy: PolicyFile = {
  version: 1,
  agents: {
    support: { resources: { bookings: "read", slots: "read" } },
    scheduler: {
      resources: { bookings: "read", slots: "full", eventTypes: "read" },
      operations: { "bookings.create": "allow", "bookings.cancel": "allow" },
      constraints: { eventTypeIds: [42], minNoticeHoursToCancel: 24 },
    },
  },
};

const booking = {
  uid: "fkZ3Ppsm8SFGRYxHZGGcnN",
  start: "2026-12-01T15:00:00.000Z",
  eventTypeId: 42,
  duration: 30,
  status: "accepted",
};

function setup(agent: string, now = new Date("2026-11-20T10:00:00Z")) {
  const fetch = countingFetch(() => success(booking));
  const records: AuditRecord[] = [];
  const client = createCalClient({ apiKey: "cal_test_guard_key_0123456789", fetch, maxRetries: 0 });
  const guard = createGuard({
    policy,
    agent,
    client,
    audit: createAuditLog(callbackSink((r) => records.push(r))),
    now: () => now,
  });
  return { guard, fetch, records };
}

describe("guarded client", () => {
  it("a denied call throws PolicyDeniedError and sends nothing", async () => {
    const { guard, fetch, records } = setup("support");
    const error = await guard.client.bookings
      .cancel({ bookingUid: "fkZ3Ppsm8SFGRYxHZGGcnN" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PolicyDeniedError);
    expect((error as Error).message).toBe(
      "Agent support may not call bookings.cancel: bookings are read-only for this agent.",
    );
    expect(fetch.requests).toHaveLength(0);
    expect(records[0]).toMatchObject({
      decision: "denied",
      outcome: { status: "not-sent" },
      operation: "bookings.cancel",
      target: { bookingUid: "fkZ3Ppsm8SFGRYxHZGGcnN" },
    });
    expect(records[0]?.sentence).toBe(
      "Agent support was denied cancelling booking fkZ3Ppsm8SFGRYxHZGGcnN: bookings are read-only for this agent.",
    );
  });

  it("an allowed call goes through once and is audited", async () => {
    const { guard, fetch, records } = setup("support");
    await expect(
      guard.client.bookings.get({ bookingUid: "fkZ3Ppsm8SFGRYxHZGGcnN" }),
    ).resolves.toMatchObject({ uid: booking.uid });
    expect(fetch.requests).toHaveLength(1);
    expect(records.map((r) => r.sentence)).toEqual([
      "Agent support looked up booking fkZ3Ppsm8SFGRYxHZGGcnN: allowed, found it (accepted).",
    ]);
  });

  it("no request leaves for any denied operation of any resource", async () => {
    const { guard, fetch } = setup("support");
    const writes = toolDefinitions.filter(
      (t) => t.access === "write" || !["bookings", "slots"].includes(t.resource),
    );
    for (const tool of writes) {
      const [resource, verb] = tool.operationId.split(".") as [string, string];
      const method = (
        guard.client as unknown as Record<string, Record<string, (a: unknown) => Promise<unknown>>>
      )[resource]?.[verb];
      await expect(method?.(exampleArgs(tool))).rejects.toBeInstanceOf(PolicyDeniedError);
    }
    expect(writes.length).toBeGreaterThan(30);
    expect(fetch.requests).toHaveLength(0);
  });

  it("checks the event type constraint before sending", async () => {
    const { guard, fetch } = setup("scheduler");
    await expect(
      guard.client.bookings.create({
        start: "2026-12-01T15:00:00Z",
        eventTypeId: 7,
        attendee: { name: "G", timeZone: "UTC" },
      }),
    ).rejects.toThrow("event type 7 is not one of this agent's event types (42)");
    expect(fetch.requests).toHaveLength(0);
    await guard.client.bookings.create({
      start: "2026-12-01T15:00:00Z",
      eventTypeId: 42,
      attendee: { name: "G", timeZone: "UTC" },
    });
    expect(fetch.requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      "POST /v2/bookings",
    ]);
  });

  it("looks the booking up to enforce the notice rule, and never sends the cancel when too late", async () => {
    const late = setup("scheduler", new Date("2026-12-01T09:00:00Z"));
    await expect(late.guard.client.bookings.cancel({ bookingUid: booking.uid })).rejects.toThrow(
      "the booking starts in 6 hours and this agent may not cancel bookings less than 24 hours ahead",
    );
    expect(late.fetch.requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      `GET /v2/bookings/${booking.uid}`,
    ]);

    const early = setup("scheduler", new Date("2026-11-20T09:00:00Z"));
    await early.guard.client.bookings.cancel({ bookingUid: booking.uid });
    expect(early.fetch.requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      `GET /v2/bookings/${booking.uid}`,
      `POST /v2/bookings/${booking.uid}/cancel`,
    ]);
  });

  it("fails closed when the booking cannot be looked up", async () => {
    const fetch = countingFetch(() => new Response("{}", { status: 500 }));
    const client = createCalClient({
      apiKey: "cal_test_guard_key_0123456789",
      fetch,
      maxRetries: 0,
    });
    const guard = createGuard({ policy, agent: "scheduler", client });
    await expect(guard.client.bookings.cancel({ bookingUid: "x1" })).rejects.toThrow(
      "booking x1 could not be looked up",
    );
    expect(fetch.requests.map((r) => r.method)).toEqual(["GET"]);
  });
});

describe("guarded tool executor", () => {
  it("returns a denial a model can act on, without sending anything", async () => {
    const { guard, fetch, records } = setup("support");
    const result = await guard.execute("cal_bookings_cancel", { bookingUid: booking.uid });
    expect(result).toEqual({
      ok: false,
      error: {
        kind: "not_allowed",
        message:
          "Not allowed: bookings are read-only for this agent. This agent's policy forbids cal_bookings_cancel and nothing was sent; do not retry it, and tell the user if they asked for it.",
        retryable: false,
      },
    });
    expect(fetch.requests).toHaveLength(0);
    expect(records).toHaveLength(1);
  });

  it("runs allowed tools through the executor with one audit record and one booking lookup", async () => {
    const { guard, fetch, records } = setup("scheduler");
    const result = await guard.execute("cal_bookings_cancel", {
      bookingUid: booking.uid,
      cancellationReason: "Host is ill.",
    });
    expect(result.ok).toBe(true);
    expect(fetch.requests.map((r) => r.method)).toEqual(["GET", "POST"]);
    expect(records.map((r) => r.sentence)).toEqual([
      `Agent scheduler cancelled booking ${booking.uid}: allowed, booking ${booking.uid} is cancelled.`,
    ]);
  });

  it("invalid arguments are explained by the executor and nothing is sent", async () => {
    const { guard, fetch } = setup("scheduler");
    const result = await guard.execute("cal_bookings_create", { eventTypeId: "forty-two" });
    expect(result.ok).toBe(false);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("order of checks", () => {
  it("validates arguments before deciding, so nothing is looked up for a call that could never be sent", async () => {
    const { guard, fetch, records } = setup("scheduler");
    const result = await guard.execute("cal_bookings_cancel", {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe("invalid_arguments");
      expect(result.error.message).toContain("bookingUid");
    }
    expect(fetch.requests).toHaveLength(0);
    expect(records).toHaveLength(0);
  });
});

describe("the guarded client under the plain executor", () => {
  it("a denial surfaces as not_allowed, not as an internal error", async () => {
    const { guard, fetch } = setup("support");
    const { executeToolCall } = await import("@calkit/tools");
    const result = await executeToolCall(
      "cal_bookings_cancel",
      { bookingUid: booking.uid },
      { client: guard.client },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe("not_allowed");
      expect(result.error.message).toContain("bookings are read-only for this agent");
      expect(result.error.retryable).toBe(false);
    }
    expect(fetch.requests).toHaveLength(0);
  });
});
