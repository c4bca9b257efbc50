/**
 * `ask`: the policy holds a call for a person's approval. The decision says so (after every other
 * rule), the approver sees the exact arguments and a plain-English preview, a yes sends the call
 * once, a no or no approver at all sends nothing.
 */
import { createCalClient } from "@calkit/client";
import { describe, expect, it } from "vitest";
import { countingFetch, success } from "../../../test/support/fake-fetch.js";
import type { ApprovalRequest, ApprovalVerdict } from "../src/approval";
import { previewCall } from "../src/approval";
import { type AuditRecord, callbackSink, createAuditLog } from "../src/audit";
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

function setup(approve?: (request: ApprovalRequest) => Promise<ApprovalVerdict>) {
  const fetch = countingFetch(() => success({ uid: "b1", status: "cancelled" }));
  const records: AuditRecord[] = [];
  const client = createCalClient({ apiKey: "cal_test_guard_key_0123456789", fetch, maxRetries: 0 });
  const guard = createGuard({
    policy,
    agent: "asker",
    client,
    audit: createAuditLog(callbackSink((r) => records.push(r))),
    ...(approve ? { approve } : {}),
  });
  return { guard, fetch, records };
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
    const { guard, fetch, records } = setup(async (request) => {
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
      },
    ]);
    expect(fetch.requests).toHaveLength(1);
    expect(records[0]).toMatchObject({ decision: "allowed", reason: "approved by alice" });
    expect(records[0]?.sentence).toContain("approved by alice");
  });

  it("a no sends nothing and gives the approver's reason", async () => {
    const { guard, fetch, records } = setup(async () => ({
      approved: false,
      reason: "alice denied it",
    }));
    const error = await guard.client.bookings.cancel({ bookingUid: "b1" }).catch((e) => e);
    expect((error as Error).message).toContain("alice denied it");
    expect(fetch.requests).toHaveLength(0);
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
});
