/**
 * The constraint registry: every entry is in the policy schema, applies to the operations the
 * table's targets say, and the new `attendeeEmailDomains` constraint is enforced end to end.
 */
import { type OperationMeta, operations } from "@calkit/client";
import { describe, expect, it } from "vitest";
import { constraints } from "../src/constraints";
import { decide, needsBookingFacts } from "../src/decide";
import { type PolicyFile, parsePolicy, policySchema } from "../src/policy";

const table = Object.values(operations) as OperationMeta[];
const withAttendee = table.filter((op) => op.targets.attendee !== undefined);

const domainsPolicy = (domains: string[]): PolicyFile => ({
  version: 1,
  agents: {
    a: { resources: { bookings: "full" }, constraints: { attendeeEmailDomains: domains } },
  },
});

/** Arguments naming the attendee and guests with whatever names the table gives them. */
function bookingArgs(op: OperationMeta, email: unknown, guests: unknown[] = []) {
  return {
    eventTypeId: 42,
    start: "2030-01-01T10:00:00Z",
    [op.targets.attendee as string]: { name: "Ada", email, timeZone: "UTC" },
    ...(op.targets.guests ? { [op.targets.guests]: guests } : {}),
  };
}

describe("the constraint registry", () => {
  it("gives the policy schema one property per constraint, and the schema accepts only those", () => {
    const properties = (
      policySchema as {
        $defs: { agent: { properties: { constraints: { properties: Record<string, unknown> } } } };
      }
    ).$defs.agent.properties.constraints.properties;
    expect(Object.keys(properties)).toEqual(constraints.map((c) => c.key));
    expect(() =>
      parsePolicy({ version: 1, agents: { a: { constraints: { maxGuestsPerDay: 3 } } } }),
    ).toThrow(/"maxGuestsPerDay" is not allowed/);
  });

  it("reads which argument names what from the operation, so a new operation needs no list", () => {
    const invented = {
      id: "meetings.book",
      access: "write",
      targets: { attendee: "person", guests: "others", eventType: "kind" },
      noticeGuard: null,
    } as const;
    const domains = constraints.find((c) => c.key === "attendeeEmailDomains");
    const eventTypes = constraints.find((c) => c.key === "eventTypeIds");
    expect(domains?.checksArguments?.(invented)).toBe(true);
    expect(
      domains?.checkArguments?.(
        ["example.com"] as never,
        { person: { email: "a@example.com" }, others: ["b@x.org"] },
        invented,
      ),
    ).toBe("the guest b@x.org is not at one of this agent's domains (example.com)");
    expect(eventTypes?.checkArguments?.([42] as never, { kind: 7 }, invented)).toBe(
      "event type 7 is not one of this agent's event types (42)",
    );
    expect(eventTypes?.checksBooking?.(invented)).toBe(false);
  });
});

describe("attendeeEmailDomains", () => {
  it("validates its values in a policy file", () => {
    expect(() => parsePolicy(domainsPolicy(["example.com", "acme.co.uk"]))).not.toThrow();
    expect(() => parsePolicy(domainsPolicy([]))).toThrow(/attendeeEmailDomains/);
    expect(() => parsePolicy(domainsPolicy(["@example.com"]))).toThrow(/attendeeEmailDomains/);
  });

  it.each(withAttendee.map((op) => [op.id, op] as const))(
    "%s: allows listed domains in any case, denies others, guests included",
    (id, op) => {
      const policy = domainsPolicy(["example.com"]);
      expect(decide(policy, "a", id, bookingArgs(op, "ada@Example.COM")).allowed).toBe(true);
      expect(decide(policy, "a", id, bookingArgs(op, "ada@evil.com"))).toEqual({
        allowed: false,
        reason:
          "the attendee's email domain evil.com is not one of this agent's domains (example.com)",
      });
      expect(decide(policy, "a", id, bookingArgs(op, "ada@sub.example.com")).allowed).toBe(false);
      if (op.targets.guests) {
        expect(
          decide(policy, "a", id, bookingArgs(op, "ada@example.com", ["bob@example.com"])).allowed,
        ).toBe(true);
        expect(
          decide(policy, "a", id, bookingArgs(op, "ada@example.com", ["eve@elsewhere.org"])).reason,
        ).toBe("the guest eve@elsewhere.org is not at one of this agent's domains (example.com)");
      }
      expect(decide(policy, "a", id, bookingArgs(op, undefined)).reason).toBe(
        "this agent may only book for people at example.com, so the attendee needs an email address",
      );
      expect(needsBookingFacts(policy, "a", id)).toBe(false);
    },
  );

  it("leaves operations without an attendee alone", () => {
    const policy = domainsPolicy(["example.com"]);
    const others = table.filter(
      (op) => op.targets.attendee === undefined && op.resource === "bookings",
    );
    for (const op of others)
      expect(decide(policy, "a", op.id, { bookingUid: "x" }).reason).not.toMatch(/domain/);
  });
});
