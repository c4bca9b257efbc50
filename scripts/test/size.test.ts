/**
 * `pnpm size` fails when a budget is exceeded and passes under it. Runs scripts/size.ts as a child
 * process with budgets from a scratch file (CALKIT_SIZE_BUDGET); needs @calkit/client built.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../published-packages";

const scratch = mkdtempSync(join(tmpdir(), "calkit-size-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runSize(budgets: Record<string, number>): { status: number | null; output: string } {
  const path = join(scratch, `budget-${Object.values(budgets).join("-")}.json`);
  const file = Object.fromEntries(
    Object.entries(budgets).map(([key, bytes]) => [key, { description: key, bytes }]),
  );
  writeFileSync(path, JSON.stringify(file));
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/size.ts"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, CALKIT_SIZE_BUDGET: path },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("pnpm size", () => {
  it("exits 1 and names the measure when it is over budget", () => {
    const { status, output } = runSize({
      "client-packed": 10_000_000,
      "client-app-min-gzip": 1_000,
      "client-ops-app-min-gzip": 10_000_000,
    });
    expect(output).toMatch(/\| client-app-min-gzip \| \d+ B .*\| OVER \|/);
    expect(output).toContain("Over budget: client-app-min-gzip by");
    expect(status).toBe(1);
  });

  it("exits 0 when every measure is within its budget", () => {
    const { status, output } = runSize({
      "client-packed": 10_000_000,
      "client-app-min-gzip": 10_000_000,
      "client-ops-app-min-gzip": 10_000_000,
    });
    expect(output).not.toContain("OVER");
    expect(status).toBe(0);
  });

  it("exits 1 when a measure has no budget", () => {
    const { status, output } = runSize({ "client-packed": 10_000_000 });
    expect(output).toContain("no budget for: client-app-min-gzip, client-ops-app-min-gzip");
    expect(status).toBe(1);
  });
});
