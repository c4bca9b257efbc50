/**
 * The executor reads a string that unambiguously spells a number or boolean (what a model sends
 * after `@ai-sdk/google` turned `timeFormat: 12 | 24` into a string enum), says so in `notes`,
 * and still refuses what is ambiguous or out of the enum, naming the field.
 */
import { createCalClient } from "@calkit/client";
import { describe, expect, it } from "vitest";
import { countingFetch, success } from "../../../test/support/fake-fetch.js";
import { checkArguments, executeToolCall, toolDefinitions } from "../src/index.js";

function tool(name: string) {
  const found = toolDefinitions.find((d) => d.name === name);
  if (!found) throw new Error(name);
  return found;
}

describe("liberal reading of numbers and booleans", () => {
  it('sends timeFormat "12" as the number 12 and notes it', async () => {
    const fetch = countingFetch(() => success({ id: 1 }));
    const client = createCalClient({ apiKey: "cal_test", baseUrl: "https://cal.test", fetch });
    const result = await executeToolCall("cal_me_update", { timeFormat: "12" }, { client });
    expect(result).toEqual({
      ok: true,
      data: { id: 1 },
      notes: ['`timeFormat`: the string "12" was read as the number 12'],
    });
    expect(await fetch.requests[0]?.json()).toEqual({ timeFormat: 12 });
  });

  it('reads "true" for a boolean and keeps a string field a string', () => {
    const checked = checkArguments(tool("cal_bookings_cancel"), {
      bookingUid: "123",
      cancelSubsequentBookings: "true",
    });
    expect(checked).toEqual({
      ok: true,
      args: { bookingUid: "123", cancelSubsequentBookings: true },
      coerced: ['`cancelSubsequentBookings`: the string "true" was read as the boolean true'],
    });
  });

  it.each([
    ["a value outside the enum", { timeFormat: "13" }],
    ["a number that is not canonical", { timeFormat: "012" }],
    ["a word", { timeFormat: "twelve" }],
  ])("still refuses %s, naming the field", (_label, args) => {
    const checked = checkArguments(tool("cal_me_update"), args);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.field).toBe("timeFormat");
  });

  it('refuses "yes" for a boolean', () => {
    const checked = checkArguments(tool("cal_bookings_cancel"), {
      bookingUid: "123",
      cancelSubsequentBookings: "yes",
    });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.field).toBe("cancelSubsequentBookings");
  });

  it("reads metadata sent as key/value pairs (the MCP tool form) as an object", () => {
    const checked = checkArguments(tool("cal_me_update"), {
      metadata: [
        { key: "crm", value: "42" },
        { key: "vip", value: true },
      ],
    });
    expect(checked).toEqual({
      ok: true,
      args: { metadata: { crm: "42", vip: true } },
      coerced: ["`metadata`: the list of key/value pairs was read as an object"],
    });
  });

  it.each([
    [
      "a repeated key",
      [
        { key: "a", value: "1" },
        { key: "a", value: "2" },
      ],
    ],
    ["an empty list", []],
    ["a pair with more fields", [{ key: "a", value: "1", extra: 1 }]],
  ])("refuses metadata as pairs with %s, naming the field", (_label, metadata) => {
    const checked = checkArguments(tool("cal_me_update"), { metadata });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.field).toBe("metadata");
  });
});
