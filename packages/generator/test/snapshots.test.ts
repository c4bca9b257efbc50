/**
 * Everything the generator emits for fixtures/minimal.yaml, file by file, against reviewed
 * snapshots: `__snapshots__/minimal/<path of the generated file>.snap` (the `.snap` suffix keeps
 * them out of every TypeScript program and out of biome). After an intended change to the
 * output: `pnpm exec vitest run packages/generator -u`, then read the diff.
 */
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generate, readSpec } from "../src/index";
import { fixture } from "./run-cli";

const SNAPSHOTS = fileURLToPath(new URL("./__snapshots__/minimal/", import.meta.url));

const { files } = await generate(readSpec(fixture("minimal.yaml")), {
  specName: "packages/generator/test/fixtures/minimal.yaml",
});

describe("minimal.yaml", () => {
  it.each(files.map((f) => [f.path, f.content]))(
    "%s matches its snapshot",
    async (path, content) => {
      await expect(content).toMatchFileSnapshot(`__snapshots__/minimal/${path}.snap`);
    },
  );

  it("leaves no snapshot of a file the generator no longer emits", () => {
    const snapshots = readdirSync(SNAPSHOTS, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) =>
        relative(SNAPSHOTS, join(entry.parentPath, entry.name)).replace(/\.snap$/, ""),
      );
    const emitted = new Set(files.map((f) => f.path));
    expect(snapshots.filter((path) => !emitted.has(path))).toEqual([]);
  });
});
