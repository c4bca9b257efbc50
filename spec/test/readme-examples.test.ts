/**
 * The README's examples run and print or return what their comments say. That each README block
 * is its file word for word is scripts/test/readme-examples.test.ts.
 */
import { existsSync } from "node:fs";
import { afterAll, describe, expect, it, vi } from "vitest";

const log = vi.spyOn(console, "log").mockImplementation(() => {});
afterAll(() => log.mockRestore());

describe("the spec README's examples", () => {
  it("lists the operations, the 16 scopes and the document's path", async () => {
    await import("../examples/list-operations.js");
    const lines = log.mock.calls.map((args) => args.join(" "));
    expect(lines).toContain("bookings.list GET /v2/bookings 2026-02-25 BOOKING_READ");
    expect(lines).toHaveLength(41 + 2);
    expect(lines.at(-2)).toBe("16");
    expect(existsSync(lines.at(-1) ?? "")).toBe(true);
  });

  it("checks x-cal metadata against the contract", async () => {
    const { problems } = await import("../examples/check-metadata.js");
    expect(problems).toEqual([
      { pointer: "/paths/~1v2~1bookings/get/x-cal/idempotent", message: "must be true" },
    ]);
  });
});
