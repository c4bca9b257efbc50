/**
 * `ask`: the policy holds a call for a person's approval. The decision says so (after every other
 * rule), the approver sees the exact arguments and a plain-English preview, a yes sends the call
 * once, a no or no approver at all sends nothing.
 */
import { createCalClient } from "@calkit/client";
import { describe, expect, it } from "vitest";
import { countingFetch, json, success } from "../../../test/support/fake-fetch.js";
import type { ApprovalRequest, ApprovalVerdict } from "../src/approval";
import { previewCall } from "../src/approval";
import { type AuditRecord, callbackSink, createAuditLog } from "../src/audit";
import { summarizeBooking } from "../src/booking-summary";
import { decide, mayUse } from "../src/decide";
import { createGuard, PolicyDeniedError } from "../src/guard";
import { type PolicyFile, parsePolicy } from "../src/policy";

const policy: PolicyFile = {
  version: 1,
  agents: {
    asker: { resources: { bookings: "ask", eventTypes: "read" } },
    picky: {
      resources: { bookings: "full", eventTypes: "full" },
      operations: { "bookings.cancel": "ask" },
      constraints: { eventTypeIds: [42] },
    },
  },
};

describe("ask in the policy", () => {
  it("is a level per resource and a rule per operation in the schema", () => {
    expect(() => parsePolicy(policy)).not.toThrow();
  });

  it("a resource at ask allows reads and holds writes", () => {
    expect(decide(policy, "asker", "bookings.list").allowed).toBe(true);
    expect(decide(policy, "asker", "bookings.cancel", { bookingUid: "b1" })).toEqual({
      allowed: false,
      needsApproval: true,
      reason: "changes to bookings need a person's approval for this agent",
    });
    expect(mayUse(policy, "asker", "bookings.cancel")).toBe(true);
  });

  it("an operation at ask is held; the rest of the resource keeps its level", () => {
    expect(decide(policy, "picky", "bookings.cancel", { bookingUid: "b1" })).toMatchObject({
      allowed: false,
      needsApproval: true,
      reason: "bookings.cancel needs a person's approval for this agent",
    });
    expect(decide(policy, "picky", "bookings.reschedule", { bookingUid: "b1" }).allowed).toBe(true);
  });

  it("a call that breaks a constraint is denied, not offered for approval", () => {
    const strict: PolicyFile = {
      version: 1,
      agents: {
        a: { operations: { "eventTypes.delete": "ask" }, constraints: { eventTypeIds: [42] } },
      },
    };
    const decision = decide(strict, "a", "eventTypes.delete", { eventTypeId: 7 });
    expect(decision.allowed).toBe(false);
    expect(decision.needsApproval).toBeUndefined();
  });
});

/** The booking b1 as Cal.com answers bookings.get; the cancel answers with it cancelled. */
const BOOKING = {
  uid: "b1",
  status: "accepted",
  start: "2026-12-01T15:00:00.000Z",
  end: "2026-12-01T15:30:00.000Z",
  duration: 30,
  attendees: [{ name: "Grace Hopper", email: "grace@example.com" }],
};

/** A guard for `agent` (default asker) over a fake Cal.com: `answer` (default: the booking b1). */
function setup(
  approve?: (request: ApprovalRequest) => Promise<ApprovalVerdict>,
  {
    agent = "asker",
    answer = (request: Request) =>
      success(request.method === "GET" ? BOOKING : { ...BOOKING, status: "cancelled" }),
  }: { agent?: string; answer?: (request: Request) => Response } = {},
) {
  const fetch = countingFetch(answer);
  const records: AuditRecord[] = [];
  const client = createCalClient({ apiKey: "cal_test_guard_key_0123456789", fetch, maxRetries: 0 });
  const guard = createGuard({
    policy,
    agent,
    client,
    audit: createAuditLog(callbackSink((r) => records.push(r))),
    ...(approve ? { approve } : {}),
  });
  /** What reached Cal.com besides the preview's booking lookup. */
  const writes = () => fetch.requests.filter((r) => r.method !== "GET");
  return { guard, fetch, records, writes };
}

describe("the guard with an approver", () => {
  it("without an approver, a held call is denied and nothing is sent", async () => {
    const { guard, fetch } = setup();
    const error = await guard.client.bookings.cancel({ bookingUid: "b1" }).catch((e) => e);
    expect(error).toBeInstanceOf(PolicyDeniedError);
    expect((error as Error).message).toContain("no approver is set up");
    expect(fetch.requests).toHaveLength(0);
  });

  it("the approver sees the exact call; a yes sends it once and the record says who approved", async () => {
    const asked: ApprovalRequest[] = [];
    const { guard, fetch, records, writes } = setup(async (request) => {
      asked.push(request);
      return { approved: true, by: "alice" };
    });
    await guard.client.bookings.cancel({ bookingUid: "b1", cancellationReason: "ill" });
    expect(asked).toEqual([
      {
        agent: "asker",
        operationId: "bookings.cancel",
        args: { bookingUid: "b1", cancellationReason: "ill" },
        reason: "changes to bookings need a person's approval for this agent",
        preview: "cancelling booking b1",
        describe: expect.any(Function),
      },
    ]);
    // Nothing is looked up unless the approver asks for the description.
    expect(fetch.requests.map((r) => r.method)).toEqual(["POST"]);
    expect(await asked[0]?.describe()).toBe(
      "cancelling booking b1 (Grace Hopper's 30-minute meeting on Tue 1 Dec 2026 at 15:00 UTC)",
    );
    expect(writes()).toHaveLength(1);
    expect(records[0]).toMatchObject({ decision: "allowed", reason: "approved by alice" });
    expect(records[0]?.sentence).toContain("approved by alice");
  });

  it("a no sends nothing and gives the approver's reason", async () => {
    const { guard, records, writes } = setup(async () => ({
      approved: false,
      reason: "alice denied it",
    }));
    const error = await guard.client.bookings.cancel({ bookingUid: "b1" }).catch((e) => e);
    expect((error as Error).message).toContain("alice denied it");
    expect(writes()).toHaveLength(0);
    expect(records[0]).toMatchObject({ decision: "denied", reason: "alice denied it" });
  });

  it("reads are not asked about", async () => {
    let asked = 0;
    const { guard, fetch } = setup(async () => {
      asked++;
      return { approved: true, by: "x" };
    });
    await guard.client.invoke("bookings.get", { bookingUid: "b1" });
    expect(asked).toBe(0);
    expect(fetch.requests).toHaveLength(1);
  });
});

describe("previewCall", () => {
  it("is the audit phrase of the call in progress, secrets never shown", () => {
    expect(previewCall("bookings.cancel", { bookingUid: "b1" })).toBe("cancelling booking b1");
    expect(previewCall("no.such", {})).toBe("calling no.such");
  });

  it("shows a label whole in place of its argument, unless personal data is masked", () => {
    const labels = {
      bookingUid: "b1 (Grace Hopper's 30-minute meeting on Tue 1 Dec 2026 at 15:00 UTC)",
    };
    expect(previewCall("bookings.cancel", { bookingUid: "b1" }, { labels })).toBe(
      "cancelling booking b1 (Grace Hopper's 30-minute meeting on Tue 1 Dec 2026 at 15:00 UTC)",
    );
    expect(
      previewCall("bookings.cancel", { bookingUid: "b1" }, { labels, redactPersonalData: true }),
    ).toBe("cancelling booking b1");
  });
});

describe("summarizeBooking", () => {
  it("says whose meeting, how long and when; a recurring one counts its other occurrences", () => {
    expect(summarizeBooking(BOOKING)).toBe(
      "Grace Hopper's 30-minute meeting on Tue 1 Dec 2026 at 15:00 UTC",
    );
    const { duration: _d, attendees: _a, ...bare } = BOOKING;
    expect(summarizeBooking(bare)).toBe("the 30-minute meeting on Tue 1 Dec 2026 at 15:00 UTC");
    expect(summarizeBooking([BOOKING, { ...BOOKING, start: "2026-12-08T15:00:00.000Z" }])).toBe(
      "Grace Hopper's 30-minute meeting on Tue 1 Dec 2026 at 15:00 UTC (and 1 more occurrences)",
    );
    expect(summarizeBooking({ uid: "b1" })).toBeUndefined();
    expect(summarizeBooking("not a booking")).toBeUndefined();
  });
});

describe("the preview of a held call", () => {
  it("reads the booking once when the constraints and the description both need it", async () => {
    const asked: ApprovalRequest[] = [];
    const { guard, fetch } = setup(
      async (request) => {
        asked.push(request);
        await request.describe();
        return { approved: true, by: "alice" };
      },
      {
        agent: "picky", // cancel at ask, constraint on the booking's event type
        answer: (request) =>
          success(request.method === "GET" ? { ...BOOKING, eventTypeId: 42 } : BOOKING),
      },
    );
    await guard.client.bookings.cancel({ bookingUid: "b1" });
    expect(await asked[0]?.describe()).toContain("Grace Hopper's 30-minute meeting");
    expect(fetch.requests.map((r) => r.method)).toEqual(["GET", "POST"]);
  });
  it("names the uid alone when the booking cannot be looked up, and still asks", async () => {
    const asked: ApprovalRequest[] = [];
    const { guard, fetch } = setup(
      async (request) => {
        asked.push(request);
        return { approved: true, by: "alice" };
      },
      {
        answer: (request) =>
          request.method === "GET" ? json(404, { status: "error" }) : success(BOOKING),
      },
    );
    await guard.client.bookings.cancel({ bookingUid: "b1" });
    expect(await asked[0]?.describe()).toBe("cancelling booking b1");
    expect(fetch.requests.filter((r) => r.method === "POST")).toHaveLength(1);
  });
});
