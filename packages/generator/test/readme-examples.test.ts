/**
 * The README's example regenerates a copy of the repository's spec into a temporary root and
 * prints the operations. That each README block is its file word for word is
 * scripts/test/readme-examples.test.ts.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it, vi } from "vitest";
import { regenerate } from "../examples/regenerate.js";

const spec = fileURLToPath(new URL("../../../spec/openapi.yaml", import.meta.url));

it("writes every generated file under the root and prints the 41 operations", async () => {
  const root = mkdtempSync(join(tmpdir(), "calkit-readme-gen-"));
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  try {
    mkdirSync(join(root, "spec"));
    copyFileSync(spec, join(root, "spec/openapi.yaml"));
    const result = await regenerate(root);
    expect(log.mock.calls[0]?.[0]).toContain("bookings.list get /v2/bookings");
    expect(log.mock.calls[0]?.[0]).toHaveLength(41);
    expect(result.written.length).toBeGreaterThan(0);
    expect(existsSync(join(root, "packages/client/src/generated/operations.gen.ts"))).toBe(true);
  } finally {
    log.mockRestore();
    rmSync(root, { recursive: true, force: true });
  }
}, 120_000);
