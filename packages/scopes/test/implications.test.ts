/**
 * The ORG_<X> ⇒ TEAM_<X> rule applied generically by expandScopes/canCall. The 16 real scopes hold
 * no TEAM_/ORG_ pair with the same suffix, so this file swaps in a crafted scope map (the helpers
 * read only the generated module's data) where such a pair exists.
 */
import { describe, expect, it, vi } from "vitest";

vi.mock("../src/generated/scope-map.gen.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/generated/scope-map.gen.js")>();
  const base = real.scopeMap["teams.list"];
  const op = (id: string, scope: string, access: "read" | "write") => ({
    ...base,
    id,
    scope,
    access,
    resource: "widgets",
  });
  return {
    ...real,
    scopeNames: [
      ...real.scopeNames,
      "ORG_WIDGETS_READ",
      "ORG_WIDGETS_WRITE",
      "TEAM_WIDGETS_READ",
      "TEAM_WIDGETS_WRITE",
      "ORG_LEVEL1_X",
      "TEAM_LEVEL1_X",
    ],
    scopeMap: {
      ...real.scopeMap,
      "widgets.teamList": op("widgets.teamList", "TEAM_WIDGETS_READ", "read"),
      "widgets.teamUpdate": op("widgets.teamUpdate", "TEAM_WIDGETS_WRITE", "write"),
      "widgets.orgList": op("widgets.orgList", "ORG_WIDGETS_READ", "read"),
    },
  };
});

const { allowedOperations, canCall, expandScopes, missingScope } = await import("../src/index.js");

describe("ORG_<X> ⇒ TEAM_<X> with a crafted scope set", () => {
  it("ORG_<X> expands to TEAM_<X>; TEAM_<X> does not expand to ORG_<X>", () => {
    expect(expandScopes(["ORG_WIDGETS_READ"])).toEqual(["ORG_WIDGETS_READ", "TEAM_WIDGETS_READ"]);
    expect(expandScopes(["TEAM_WIDGETS_READ"])).toEqual(["TEAM_WIDGETS_READ"]);
    expect(expandScopes(["ORG_LEVEL1_X", "BOOKING_READ"])).toEqual([
      "BOOKING_READ",
      "ORG_LEVEL1_X",
      "TEAM_LEVEL1_X",
    ]);
  });

  it("an operation needing TEAM_<X> is allowed by ORG_<X>, not the reverse", () => {
    expect(canCall("widgets.teamList", { scopes: ["ORG_WIDGETS_READ"] })).toBe(true);
    expect(missingScope("widgets.teamList", ["ORG_WIDGETS_READ"])).toBeNull();
    expect(canCall("widgets.orgList", { scopes: ["TEAM_WIDGETS_READ"] })).toBe(false);
    expect(missingScope("widgets.orgList", ["TEAM_WIDGETS_READ"])).toBe("ORG_WIDGETS_READ");
  });

  it("read does not imply write across the rule", () => {
    expect(canCall("widgets.teamUpdate", { scopes: ["ORG_WIDGETS_READ"] })).toBe(false);
    expect(canCall("widgets.teamUpdate", { scopes: ["ORG_WIDGETS_WRITE"] })).toBe(true);
  });

  it("allowedOperations includes the implied operations", () => {
    expect(
      allowedOperations({ scopes: ["ORG_WIDGETS_READ"] }, { resources: ["widgets"] }).sort(),
    ).toEqual(["widgets.orgList", "widgets.teamList"]);
  });
});
