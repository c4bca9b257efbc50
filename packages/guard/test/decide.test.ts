/**
 * The policy decision over all operations: levels, overrides, deny by default, and a property
 * test that a call is allowed if and only if the policy grants it.
 */

import { OPERATION_COUNT } from "@calkit/client";
import { type OperationPermission, scopeMap } from "@calkit/scopes";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decide, decideWithBooking } from "../src/decide";
import type { AccessLevel, AgentPolicy, PolicyFile } from "../src/policy";

const operations = Object.values(scopeMap) as OperationPermission[];
const resources = [...new Set(operations.map((o) => o.resource))];
const levels: AccessLevel[] = ["off", "read", "full"];
const policyFor = (agent: AgentPolicy): PolicyFile => ({ version: 1, agents: { a: agent } });

/** The rule, stated independently of the implementation. */
function grants(policy: AgentPolicy, op: OperationPermission): boolean {
  const override = policy.operations?.[op.id];
  if (override) return override === "allow";
  const level = policy.resources?.[op.resource] ?? "off";
  return level === "full" || (level === "read" && op.access === "read");
}

describe("decide", () => {
  it("covers every operation in 9 resources", () => {
    expect(operations).toHaveLength(OPERATION_COUNT);
    expect(resources).toHaveLength(9);
  });

  const table = operations.flatMap((op) => levels.map((level) => [op.id, level, op] as const));
  it.each(table)("%s with its resource %s", (id, level, op) => {
    const decision = decide(policyFor({ resources: { [op.resource]: level } }), "a", id);
    const expected = level === "full" || (level === "read" && op.access === "read");
    expect(decision.allowed).toBe(expected);
    if (!expected)
      expect(decision.reason).toMatch(
        level === "off"
          ? / are off for this agent$|^the profile are off/
          : /read-only for this agent$/,
      );
  });

  it("denies everything to an agent without a policy", () => {
    for (const op of operations)
      expect(
        decide(policyFor({ resources: { bookings: "full" } }), "someone-else", op.id).allowed,
      ).toBe(false);
    expect(decide(undefined, "a", "slots.list")).toEqual({
      allowed: false,
      reason: 'there is no policy for agent "a", so nothing is allowed',
    });
  });

  it("denies a resource the policy does not mention, and unknown operations", () => {
    const policy = policyFor({ resources: { bookings: "full" } });
    expect(decide(policy, "a", "eventTypes.list").allowed).toBe(false);
    expect(decide(policy, "a", "bookings.delete").reason).toBe(
      '"bookings.delete" is not a known Cal.com operation',
    );
  });

  it("per-operation overrides win over the resource level, both ways", () => {
    const policy = policyFor({
      resources: { bookings: "read", slots: "full" },
      operations: { "bookings.create": "allow", "slots.deleteReservation": "deny" },
    });
    expect(decide(policy, "a", "bookings.create").allowed).toBe(true);
    expect(decide(policy, "a", "bookings.cancel")).toEqual({
      allowed: false,
      reason: "bookings are read-only for this agent",
    });
    expect(decide(policy, "a", "slots.deleteReservation")).toEqual({
      allowed: false,
      reason: "slots.deleteReservation is denied for this agent",
    });
    expect(decide(policy, "a", "slots.reserve").allowed).toBe(true);
  });

  it("allowed if and only if the policy grants it (property)", () => {
    const level = fc.constantFrom<AccessLevel>("off", "read", "full");
    const policyArb = fc.record(
      {
        resources: fc.dictionary(fc.constantFrom(...resources), level),
        operations: fc.dictionary(
          fc.constantFrom(...operations.map((o) => o.id)),
          fc.constantFrom<"allow" | "deny">("allow", "deny"),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(policyArb, fc.constantFrom(...operations), (policy, op) => {
        expect(decide(policyFor(policy), "a", op.id).allowed).toBe(grants(policy, op));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("constraints", () => {
  const base = { resources: { bookings: "full", slots: "full", eventTypes: "full" } } as const;

  it("limits event types by id, and needs the id to check it", () => {
    const policy = policyFor({ ...base, constraints: { eventTypeIds: [42] } });
    expect(decide(policy, "a", "bookings.create", { eventTypeId: 42 }).allowed).toBe(true);
    expect(decide(policy, "a", "bookings.create", { eventTypeId: 7 }).reason).toBe(
      "event type 7 is not one of this agent's event types (42)",
    );
    expect(
      decide(policy, "a", "bookings.create", { eventTypeSlug: "30min", username: "ada" }).allowed,
    ).toBe(false);
    expect(decide(policy, "a", "slots.list", { eventTypeId: 43 }).allowed).toBe(false);
    expect(decide(policy, "a", "eventTypes.delete", { eventTypeId: 42 }).allowed).toBe(true);
  });

  it("limits the people on a booking", () => {
    const policy = policyFor({ ...base, constraints: { maxAttendeesPerBooking: 2 } });
    expect(
      decide(policy, "a", "bookings.create", { eventTypeId: 42, guests: ["x@example.com"] })
        .allowed,
    ).toBe(true);
    expect(
      decide(policy, "a", "bookings.create", {
        eventTypeId: 42,
        guests: ["x@example.com", "y@example.com"],
      }).reason,
    ).toBe("3 people exceed this agent's limit of 2 per booking");
  });

  it("refuses to cancel or move bookings that start too soon", () => {
    const policy = policyFor({ ...base, constraints: { minNoticeHoursToCancel: 24 } });
    const now = new Date("2026-12-01T10:00:00Z");
    const soon = { start: "2026-12-01T15:00:00Z", eventTypeId: 42 };
    const later = { start: "2026-12-03T15:00:00Z", eventTypeId: 42 };
    expect(decideWithBooking(policy, "a", "bookings.cancel", soon, now).reason).toBe(
      "the booking starts in 5 hours and this agent may not cancel bookings less than 24 hours ahead",
    );
    expect(decideWithBooking(policy, "a", "bookings.reschedule", soon, now).allowed).toBe(false);
    expect(decideWithBooking(policy, "a", "bookings.cancel", later, now).allowed).toBe(true);
    expect(decideWithBooking(policy, "a", "bookings.markAbsent", soon, now).allowed).toBe(true);
  });
});
