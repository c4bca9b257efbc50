/** Output schemas in fewer tokens accept exactly what they accepted before. */
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { foldNullUnions } from "../src/emitters/tool-definitions";

const ajv = new Ajv2020({ strict: false });

const before = {
  type: "object",
  properties: {
    color: {
      anyOf: [
        { type: "null" },
        { type: "object", properties: { lightThemeHex: { type: "string" } } },
      ],
    },
    note: { anyOf: [{ type: "string" }, { type: "null" }] },
    either: { anyOf: [{ type: "string" }, { type: "number" }] },
    kind: { anyOf: [{ type: "null" }, { type: "string", enum: ["a"] }] },
    list: { type: "array", items: {} },
  },
};

describe("foldNullUnions", () => {
  const after = foldNullUnions(before) as typeof before;

  it("writes `anyOf [null, T]` as `type: [T, null]`, drops empty `items`, leaves the rest", () => {
    expect(after.properties).toEqual({
      color: { type: ["object", "null"], properties: { lightThemeHex: { type: "string" } } },
      note: { type: ["string", "null"] },
      either: before.properties.either,
      kind: before.properties.kind,
      list: { type: "array" },
    });
  });

  it.each([
    [{}],
    [{ color: null, note: null, list: [1, "x", null] }],
    [{ color: { lightThemeHex: "#fff" }, note: "n" }],
    [{ color: { lightThemeHex: 5 } }],
    [{ color: "red" }],
    [{ note: 3 }],
    [{ kind: "b" }],
    [{ list: "no" }],
  ])("accepts %j exactly when the unfolded schema does", (value) => {
    expect(ajv.validate(after, value)).toBe(ajv.validate(before, value));
  });
});
