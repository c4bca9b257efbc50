/**
 * Every README's code blocks: a block in a programming language is an example file, word for word
 * (`<!-- example: examples/x.ts -->` above it), and the test beside that file's package runs it
 * (`test/readme-examples.test.ts` imports it); the other blocks are commands, configuration or
 * printed output. tsc compiles the example files (tsconfig.examples.json) against the built
 * packages' types, as a user's project would.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { ROOT } from "../published-packages";
import {
  codeBlocks,
  exampleFile,
  OTHER_LANGUAGES,
  READMES,
  readmeWithExamples,
} from "../readme-examples";

describe.each(READMES)("%s", (readme) => {
  const { current, synced } = readmeWithExamples(readme);
  const blocks = codeBlocks(current);
  const examples = blocks.filter((b) => !OTHER_LANGUAGES.has(b.lang));

  it("each block in a programming language is an example file, word for word", () => {
    for (const block of examples) {
      expect(block.example, `${readme}: ${block.code.slice(0, 80)}`).toBeDefined();
      const file = exampleFile(readme, block.example ?? "");
      expect(existsSync(file), file).toBe(true);
      expect(block.code, block.example).toBe(readFileSync(file, "utf8"));
    }
    expect(synced === current, "run `pnpm readme:examples --write`").toBe(true);
  });

  it("each JSON and YAML block parses", () => {
    for (const block of blocks.filter((b) => b.lang === "json"))
      expect(() => JSON.parse(block.code), block.code.slice(0, 80)).not.toThrow();
    for (const block of blocks.filter((b) => b.lang === "yaml"))
      expect(() => parseYaml(block.code), block.code.slice(0, 80)).not.toThrow();
  });

  it("the test beside each TypeScript example's package runs it", () => {
    for (const block of examples.filter((b) => b.lang === "ts")) {
      const file = exampleFile(readme, block.example ?? "");
      const test = join(dirname(dirname(file)), "test", "readme-examples.test.ts");
      const name = relative(dirname(dirname(file)), file).replace(/\.ts$/, ".js");
      expect(readFileSync(test, "utf8"), `${test} imports ../${name}`).toContain(`"../${name}"`);
    }
  });
});

it("tsc compiles every example file (tsconfig.examples.json, the built packages' types)", () => {
  const tsc = join(ROOT, "node_modules/typescript/bin/tsc");
  const run = spawnSync(process.execPath, [tsc, "-p", "tsconfig.examples.json"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(run.stdout + run.stderr).toBe("");
  expect(run.status).toBe(0);
}, 180_000);

it("the list holds every package's README that has code blocks", () => {
  const withBlocks = readdirSync(join(ROOT, "packages"))
    .map((pkg) => `packages/${pkg}/README.md`)
    .filter((readme) => existsSync(join(ROOT, readme)))
    .filter((readme) => readFileSync(join(ROOT, readme), "utf8").includes("```"));
  const listed: readonly string[] = READMES;
  expect(withBlocks.filter((readme) => !listed.includes(readme))).toEqual([]);
});
