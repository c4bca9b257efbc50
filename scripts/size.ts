/**
 * pnpm size — holds @calkit/client to the byte budgets in size-budget.json, measured from the
 * BUILT package (`pnpm build` first; `pnpm test` does):
 *   - packed: bytes of the tarball `pnpm pack` makes, what `npm install` downloads;
 *   - app: an application that imports createCalClient and makes one call (scripts/bundle-app.ts),
 *     bundled by esbuild for the browser (ESM, minified, tree-shaken), gzipped at level 9;
 *   - ops app: the same call with one function of `@calkit/client/ops` and the API-key strategy.
 * Sizes are deterministic for a given build, so CI can hold them exactly. Prints a table; exits 1
 * when a measure is over its budget, 2 when it cannot measure.
 * CALKIT_SIZE_BUDGET=<path> reads the budgets from another file (the tests use it).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { bundleApp, CALKIT_APP, CALKIT_OPS_APP } from "./bundle-app";
import { PUBLISHED_PACKAGES, packPackage, ROOT } from "./published-packages";

export interface Budget {
  description: string;
  bytes: number;
}

export type Budgets = Record<string, Budget>;

export interface Measure {
  key: string;
  description: string;
  bytes: number;
  budget: number | undefined;
}

const KB = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

export function formatTable(measures: readonly Measure[]): string {
  const rows = ["| measure | size | budget | used | |", "|---|---:|---:|---:|---|"];
  for (const m of measures) {
    const used = m.budget ? `${((100 * m.bytes) / m.budget).toFixed(0)}%` : "-";
    const verdict = m.budget === undefined ? "no budget" : m.bytes <= m.budget ? "ok" : "OVER";
    rows.push(
      `| ${m.description} | ${m.bytes} B (${KB(m.bytes)}) | ${m.budget === undefined ? "-" : `${m.budget} B (${KB(m.budget)})`} | ${used} | ${verdict} |`,
    );
  }
  return rows.join("\n");
}

async function main(): Promise<number> {
  const budgetPath = resolve(process.env.CALKIT_SIZE_BUDGET ?? join(ROOT, "size-budget.json"));
  const budgets = JSON.parse(readFileSync(budgetPath, "utf8")) as Budgets;
  const client = PUBLISHED_PACKAGES.find((p) => p.name === "@calkit/client");
  if (!client) throw new Error("@calkit/client is not in scripts/published-packages.ts");
  for (const dir of ["packages/client", "packages/scopes"]) {
    if (!existsSync(join(ROOT, dir, "dist/index.js"))) {
      console.error(`${dir}/dist/index.js is missing: run \`pnpm build\` first.`);
      return 2;
    }
  }

  const scratch = mkdtempSync(join(tmpdir(), "calkit-size-"));
  let packedBytes: number;
  try {
    packedBytes = (await packPackage(client, scratch)).bytes;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const app = await bundleApp(CALKIT_APP);
  const opsApp = await bundleApp(CALKIT_OPS_APP);

  const measured: Record<string, number> = {
    "client-packed": packedBytes,
    "client-app-min-gzip": app.gzipped,
    "client-ops-app-min-gzip": opsApp.gzipped,
  };
  const fallback: Record<string, string> = {
    "client-packed": "@calkit/client tarball (pnpm pack)",
    "client-app-min-gzip":
      "app: createCalClient + cal.me.get(), esbuild browser ESM, minified, gzip -9",
    "client-ops-app-min-gzip":
      "app: createCalRuntime({ auth: apiKeyAuth(key) }) + meGet from @calkit/client/ops, esbuild browser ESM, minified, gzip -9",
  };
  const measures: Measure[] = Object.entries(measured).map(([key, bytes]) => ({
    key,
    bytes,
    description: budgets[key]?.description ?? fallback[key] ?? key,
    budget: budgets[key]?.bytes,
  }));
  const unknown = Object.keys(budgets).filter((key) => !(key in measured) && !key.startsWith("$"));

  console.log(
    `size budget of @calkit/client (${budgetPath === join(ROOT, "size-budget.json") ? "size-budget.json" : budgetPath})\n`,
  );
  console.log(formatTable(measures));
  console.log(
    `\nminified, before gzip: ${app.minified} B; largest inputs: ${app.inputs
      .slice(0, 3)
      .map((i) => `${i.path} ${i.bytes} B`)
      .join(", ")}`,
  );
  const over = measures.filter((m) => m.budget !== undefined && m.bytes > m.budget);
  const missing = measures.filter((m) => m.budget === undefined);
  if (unknown.length) console.error(`\nbudgets for nothing measured: ${unknown.join(", ")}`);
  if (missing.length) console.error(`\nno budget for: ${missing.map((m) => m.key).join(", ")}`);
  if (over.length) {
    console.error(
      `\nOver budget: ${over.map((m) => `${m.key} by ${m.bytes - (m.budget ?? 0)} B`).join(", ")}. ` +
        "Make it smaller, or raise the budget in size-budget.json and say why in the changeset.",
    );
  }
  return over.length || missing.length || unknown.length ? 1 : 0;
}

process.exitCode = await main();
