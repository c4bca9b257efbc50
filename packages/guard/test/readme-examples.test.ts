/**
 * The README's example runs as an app runs it: in a folder holding the README's own policy.yaml
 * (its yaml block), with CAL_API_KEY set and Cal.com played by the Prism mock
 * (test/support/readme-network.ts). That each README block is its file word for word is
 * scripts/test/readme-examples.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, inject, it, vi } from "vitest";
import { codeBlocks } from "../../../scripts/readme-examples.js";
import { routeCalToMock } from "../../../test/support/readme-network.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

it("lists as support, is denied the cancel, and returns the denial as a tool result", async () => {
  const policy = codeBlocks(readme).find((block) => block.lang === "yaml");
  const folder = mkdtempSync(join(tmpdir(), "calkit-readme-guard-"));
  writeFileSync(join(folder, "policy.yaml"), policy?.code ?? "");
  const network = routeCalToMock(inject("baseUrl"));
  const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  const cwd = process.cwd();
  vi.stubEnv("CAL_API_KEY", "cal_test_readme");
  process.chdir(folder);
  try {
    const { result } = await import("../examples/guarded-agent.js");
    expect(result).toMatchObject({
      ok: false,
      error: {
        kind: "not_allowed",
        retryable: false,
        message: expect.stringContaining("Not allowed: bookings are read-only for this agent."),
      },
    });
    expect(network.sent).toEqual(["GET /v2/bookings"]);
    const sentences = stderr.mock.calls.map(([line]) => String(line));
    expect(sentences).toContain(
      "Agent support was denied cancelling booking fkZ3Ppsm8SFGRYxHZGGcnN: bookings are read-only for this agent.\n",
    );
    expect(readFileSync("audit.jsonl", "utf8").trim().split("\n").length).toBe(sentences.length);
  } finally {
    process.chdir(cwd);
    vi.unstubAllEnvs();
    stderr.mockRestore();
    network.restore();
    rmSync(folder, { recursive: true, force: true });
  }
});
