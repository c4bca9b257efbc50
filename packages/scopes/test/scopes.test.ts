/**
 * Table tests of the permission model: every one of the operations against every one of the 16
 * scopes, the ORG_<X> ⇒ TEAM_<X> rule as the spec's data states it, filters and unknown names.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OPERATION_COUNT } from "../../client/src/index.js";
import {
  allowedOperations,
  assertScopes,
  canCall,
  expandScopes,
  isScope,
  listPermissions,
  missingScope,
  permissionOf,
  requiredScope,
  scopeDescriptions,
  scopeImplications,
  scopeMap,
  scopeNames,
  UnknownOperationError,
  UnknownScopeError,
} from "../src/index.js";

/** REFERENCE.md's table: id → [scope, access, auth]. Written out so a drifting spec fails here. */
const reference: Record<
  string,
  [string | null, "read" | "write", "required" | "optional" | "none"]
> = {
  "bookings.create": ["BOOKING_WRITE", "write", "optional"],
  "bookings.get": ["BOOKING_READ", "read", "optional"],
  "bookings.list": ["BOOKING_READ", "read", "required"],
  "bookings.cancel": ["BOOKING_WRITE", "write", "optional"],
  "bookings.reschedule": ["BOOKING_WRITE", "write", "optional"],
  "bookings.confirm": ["BOOKING_WRITE", "write", "required"],
  "bookings.decline": ["BOOKING_WRITE", "write", "required"],
  "bookings.markAbsent": ["BOOKING_WRITE", "write", "required"],
  "eventTypes.list": ["EVENT_TYPE_READ", "read", "optional"],
  "eventTypes.get": ["EVENT_TYPE_READ", "read", "required"],
  "eventTypes.create": ["EVENT_TYPE_WRITE", "write", "required"],
  "eventTypes.update": ["EVENT_TYPE_WRITE", "write", "required"],
  "eventTypes.delete": ["EVENT_TYPE_WRITE", "write", "required"],
  "slots.list": [null, "read", "none"],
  "slots.reserve": [null, "write", "optional"],
  "slots.updateReservation": [null, "write", "none"],
  "slots.deleteReservation": [null, "write", "none"],
  "schedules.list": ["SCHEDULE_READ", "read", "required"],
  "schedules.get": ["SCHEDULE_READ", "read", "required"],
  "schedules.create": ["SCHEDULE_WRITE", "write", "required"],
  "schedules.update": ["SCHEDULE_WRITE", "write", "required"],
  "schedules.delete": ["SCHEDULE_WRITE", "write", "required"],
  "calendars.list": ["APPS_READ", "read", "required"],
  "calendars.busyTimes": ["APPS_READ", "read", "required"],
  "calendars.connect": ["APPS_READ", "read", "required"],
  "calendars.disconnect": ["APPS_WRITE", "write", "required"],
  "me.get": ["PROFILE_READ", "read", "required"],
  "me.update": ["PROFILE_WRITE", "write", "required"],
  "teams.list": ["TEAM_READ", "read", "required"],
  "teams.get": ["TEAM_READ", "read", "required"],
  "teams.create": ["TEAM_WRITE", "write", "required"],
  "teams.update": ["TEAM_WRITE", "write", "required"],
  "teams.delete": ["TEAM_WRITE", "write", "required"],
  "webhooks.list": ["WEBHOOK_READ", "read", "required"],
  "webhooks.create": ["WEBHOOK_WRITE", "write", "required"],
  "webhooks.update": ["WEBHOOK_WRITE", "write", "required"],
  "webhooks.delete": ["WEBHOOK_WRITE", "write", "required"],
  "orgUsers.list": ["ORG_USERS_READ", "read", "required"],
  "orgUsers.create": ["ORG_USERS_WRITE", "write", "required"],
  "orgUsers.update": ["ORG_USERS_WRITE", "write", "required"],
  "orgUsers.delete": ["ORG_USERS_WRITE", "write", "required"],
};

const ids = Object.keys(reference).sort();

/** The implication rules applied by hand, independently of expandScopes: what `scope` grants directly. */
function impliedBy(scope: string): string[] {
  return scopeImplications
    .filter((rule) => new RegExp(rule.pattern).test(scope))
    .map((rule) => scope.replace(new RegExp(rule.pattern), rule.grants));
}

describe("the scope map", () => {
  it("has the operations and 16 scopes of the reference", () => {
    expect(Object.keys(scopeMap).sort()).toEqual(ids);
    expect([...scopeNames].sort()).toEqual([
      "APPS_READ",
      "APPS_WRITE",
      "BOOKING_READ",
      "BOOKING_WRITE",
      "EVENT_TYPE_READ",
      "EVENT_TYPE_WRITE",
      "ORG_USERS_READ",
      "ORG_USERS_WRITE",
      "PROFILE_READ",
      "PROFILE_WRITE",
      "SCHEDULE_READ",
      "SCHEDULE_WRITE",
      "TEAM_READ",
      "TEAM_WRITE",
      "WEBHOOK_READ",
      "WEBHOOK_WRITE",
    ]);
    expect(Object.keys(scopeDescriptions).sort()).toEqual([...scopeNames].sort());
  });

  it.each(ids)("%s: scope, access and auth as the reference says", (id) => {
    const [scope, access, auth] = reference[id]!;
    const permission = permissionOf(id);
    expect({ scope: permission.scope, access: permission.access, auth: permission.auth }).toEqual({
      scope,
      access,
      auth,
    });
    expect(requiredScope(id)).toBe(scope);
    expect(permission.id).toBe(id);
  });

  it("scope-map.json (for other languages) holds the same data", () => {
    const json = JSON.parse(readFileSync(new URL("../scope-map.json", import.meta.url), "utf8"));
    expect(json.operations).toEqual(scopeMap);
    expect(json.scopeImplications).toEqual(scopeImplications);
    expect(Object.keys(json.scopes).sort()).toEqual([...scopeNames].sort());
  });
});

describe("every operation × 16 scopes", () => {
  const cells = ids.flatMap((id) => scopeNames.map((scope) => [id, scope] as const));

  it("covers 656 cells", () => expect(cells).toHaveLength(656));

  it.each(ids)(
    "%s: allowed by exactly its own scope (or by every scope when it needs none)",
    (id) => {
      const needed = reference[id]![0];
      const allowing = scopeNames.filter((scope) => canCall(id, { scopes: [scope] }));
      if (needed === null) {
        expect(allowing).toEqual([...scopeNames]);
        expect(canCall(id, { scopes: [] })).toBe(true);
      } else {
        // With the real data, no other scope implies this one (see the ORG ⇒ TEAM tests below).
        expect(allowing).toEqual([needed]);
        expect(canCall(id, { scopes: [] })).toBe(false);
      }
    },
  );

  it("every cell: canCall and missingScope agree with the rule applied by hand", () => {
    for (const [id, scope] of cells) {
      const needed = reference[id]![0];
      const expected = needed === null || scope === needed || impliedBy(scope).includes(needed);
      expect(canCall(id, { scopes: [scope] }), `${id} with ${scope}`).toBe(expected);
      expect(missingScope(id, [scope]), `${id} with ${scope}`).toBe(expected ? null : needed);
    }
  });

  it("every operation but with its own scope removed from the full set is refused", () => {
    for (const id of ids) {
      const needed = reference[id]![0];
      if (needed === null) continue;
      const others = scopeNames.filter((s) => s !== needed);
      expect(canCall(id, { scopes: others }), id).toBe(false);
      expect(missingScope(id, others)).toBe(needed);
    }
  });

  it("an API key allows all operations, with no scope at all", () => {
    for (const id of ids) expect(canCall(id, { apiKey: true })).toBe(true);
    expect(allowedOperations({ apiKey: true })).toHaveLength(OPERATION_COUNT);
  });

  it("all 16 scopes allow all operations", () => {
    expect(allowedOperations({ scopes: scopeNames })).toHaveLength(OPERATION_COUNT);
  });
});

describe("ORG_<X> ⇒ TEAM_<X>", () => {
  it("is kept as data: one rule mapping ORG_<X> to TEAM_<X>", () => {
    expect(scopeImplications).toEqual([{ pattern: "^ORG_(.+)$", grants: "TEAM_$1" }]);
    // The rule itself, on crafted names.
    expect(impliedBy("ORG_READ")).toEqual(["TEAM_READ"]);
    expect(impliedBy("ORG_MEMBERSHIP_WRITE")).toEqual(["TEAM_MEMBERSHIP_WRITE"]);
    expect(impliedBy("TEAM_READ")).toEqual([]);
    expect(impliedBy("XORG_READ")).toEqual([]);
  });

  it("with the 16 real scopes it implies nothing that exists (no TEAM_/ORG_ pair shares a suffix)", () => {
    for (const scope of scopeNames) {
      expect(impliedBy(scope).filter(isScope), scope).toEqual([]);
      expect(expandScopes([scope]), scope).toEqual([scope]);
    }
    // ORG_USERS_READ would grant TEAM_USERS_READ, which Cal.com does not define; never TEAM_READ.
    expect(impliedBy("ORG_USERS_READ")).toEqual(["TEAM_USERS_READ"]);
    expect(canCall("teams.list", { scopes: ["ORG_USERS_READ"] })).toBe(false);
    expect(canCall("teams.update", { scopes: ["ORG_USERS_WRITE"] })).toBe(false);
  });

  it("implication never runs backwards: TEAM_ scopes grant no org-user operation", () => {
    expect(
      allowedOperations({ scopes: ["TEAM_READ", "TEAM_WRITE"] }).filter((id) =>
        id.startsWith("orgUsers."),
      ),
    ).toEqual([]);
  });
});

describe("expandScopes and assertScopes", () => {
  it("returns the scopes in a stable order, without duplicates", () => {
    expect(expandScopes(["TEAM_READ", "BOOKING_READ", "TEAM_READ"])).toEqual([
      "BOOKING_READ",
      "TEAM_READ",
    ]);
    expect(expandScopes([])).toEqual([]);
    expect(expandScopes([...scopeNames].reverse())).toEqual([...scopeNames]);
  });

  it("an unknown scope name is an UnknownScopeError naming it and listing the known ones", () => {
    for (const call of [
      () => expandScopes(["BOOKING_READ", "BOOKINGS_READ"]),
      () => assertScopes(["booking_read"]),
      () => canCall("bookings.get", { scopes: ["BOOKING_READ", "ADMIN"] }),
      () => allowedOperations({ scopes: ["ORG_READ"] }),
    ]) {
      expect(call).toThrow(UnknownScopeError);
    }
    try {
      expandScopes(["BOOKINGS_READ", "ADMIN"]);
    } catch (error) {
      expect((error as UnknownScopeError).scopes).toEqual(["BOOKINGS_READ", "ADMIN"]);
      expect((error as Error).message).toContain("BOOKINGS_READ, ADMIN");
      expect((error as Error).message).toContain("BOOKING_READ");
    }
  });

  // Names are checked before anything else, so a typo is never silently ignored.
  it("even scope-less operations reject unknown scope names rather than ignoring them", () => {
    expect(() => canCall("slots.list", { scopes: ["WHATEVER"] })).toThrow(UnknownScopeError);
    expect(() => missingScope("slots.list", ["NOPE"])).toThrow(UnknownScopeError);
  });

  it("an unknown operation id is an UnknownOperationError", () => {
    expect(() => permissionOf("bookings.delete")).toThrow(UnknownOperationError);
    expect(() => canCall("bookings.delete", { apiKey: true })).toThrow(/bookings\.delete/);
    expect(() => requiredScope("")).toThrow(UnknownOperationError);
  });
});

describe("allowedOperations and listPermissions filters", () => {
  it("BOOKING_READ: the two booking reads and the four scope-less slots operations", () => {
    expect(allowedOperations({ scopes: ["BOOKING_READ"] }).sort()).toEqual([
      "bookings.get",
      "bookings.list",
      "slots.deleteReservation",
      "slots.list",
      "slots.reserve",
      "slots.updateReservation",
    ]);
  });

  it("access read: the 15 reads; write: the 26 writes", () => {
    expect(allowedOperations({ apiKey: true }, { access: "read" })).toHaveLength(15);
    expect(allowedOperations({ apiKey: true }, { access: "write" })).toHaveLength(26);
    for (const id of ids) {
      expect(listPermissions({ access: reference[id]![1] }).some((p) => p.id === id)).toBe(true);
    }
  });

  it("resources narrow to those families; with scopes too", () => {
    expect(allowedOperations({ apiKey: true }, { resources: ["teams", "me"] }).sort()).toEqual([
      "me.get",
      "me.update",
      "teams.create",
      "teams.delete",
      "teams.get",
      "teams.list",
      "teams.update",
    ]);
    expect(
      allowedOperations(
        { scopes: ["SCHEDULE_READ"] },
        { resources: ["schedules"], access: "read" },
      ).sort(),
    ).toEqual(["schedules.get", "schedules.list"]);
    expect(allowedOperations({ scopes: ["SCHEDULE_READ"] }, { access: "write" }).sort()).toEqual([
      "slots.deleteReservation",
      "slots.reserve",
      "slots.updateReservation",
    ]);
  });

  it("an unknown resource is an error naming the known ones", () => {
    expect(() => listPermissions({ resources: ["booking"] })).toThrow(
      /booking.*Known: bookings, calendars/,
    );
  });

  it("nine resources; 15 reads and 26 writes in all", () => {
    const permissions = listPermissions();
    expect(new Set(permissions.map((p) => p.resource)).size).toBe(9);
    expect(permissions.filter((p) => p.access === "read")).toHaveLength(15);
    expect(permissions.filter((p) => p.access === "write")).toHaveLength(26);
  });
});
