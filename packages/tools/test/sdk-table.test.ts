/**
 * The README's SDK table (test/sdk/table.ts) is what the tests measure: the README shows exactly
 * its rows, each SDK at the version the tests install, and each cell names a test that exists.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toolDefinitions } from "../src/index.js";
import { renderSdkTable, SDK_ROWS } from "./sdk/table.js";

const root = new URL("../../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");
const devDependencies = (pkg: string): Record<string, string> =>
  JSON.parse(read(`packages/${pkg}/package.json`)).devDependencies;

/** A table line's cells, trimmed, with a separator row's dashes as `---`. */
function cells(line: string): string {
  if (!line.startsWith("|")) return line;
  return line
    .split("|")
    .map((cell) => cell.trim().replace(/^-+$/, "---"))
    .join("|");
}

describe("the README's SDK table", () => {
  const versions = devDependencies("tools");

  it("is the rows of test/sdk/table.ts with the installed versions", () => {
    // Cell by cell: the formatter pads the README's columns.
    const readme = read("packages/tools/README.md").split("\n").map(cells).join("\n");
    const table = renderSdkTable(versions, toolDefinitions.length).split("\n").map(cells);
    expect(readme).toContain(table.join("\n"));
  });

  it("names SDKs the tests install, at one version across packages", () => {
    const mcp = devDependencies("mcp");
    for (const name of SDK_ROWS.flatMap((row) => row.packages)) {
      expect(versions[name], name).toMatch(/^\d+\.\d+\.\d+$/);
      if (name in mcp) expect(mcp[name], name).toBe(versions[name]);
    }
  });

  it.each(SDK_ROWS.map((row) => [`${row.packages.join(" + ")}: ${row.way}`, row] as const))(
    "%s: each cell's test exists",
    (_label, row) => {
      for (const measured of [row.accepts, row.types, row.roundTrip]) {
        expect(existsSync(new URL(measured.file, root)), measured.file).toBe(true);
        expect(read(measured.file), measured.file).toContain(measured.holds);
      }
    },
  );
});
