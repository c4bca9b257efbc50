/**
 * What the generator emits for fixtures/minimal.yaml, file by file, against reviewed snapshots in
 * __snapshots__/minimal/ (named `<file>.snap` so that no TypeScript program picks them up).
 * After an intended change: `pnpm exec vitest run packages/generator -u`, then read the diff.
 */
import { basename } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CLIENT_DIR, type GeneratedFile, generate, readSpec } from "../src/index";
import { fixture } from "./run-cli";

const EMITTED = ["schema.gen.ts", "operations.gen.ts", "client.gen.ts", "README.md"];

describe("minimal.yaml", () => {
  let files: GeneratedFile[];
  beforeAll(async () => {
    ({ files } = await generate(readSpec(fixture("minimal.yaml")), {
      specName: "packages/generator/test/fixtures/minimal.yaml",
    }));
  });

  it("emits the client's generated folder, nothing else", () => {
    expect(files.map((f) => f.path)).toEqual(EMITTED.map((name) => `${CLIENT_DIR}/${name}`));
  });

  it.each(EMITTED)("%s matches its snapshot", async (name) => {
    const file = files.find((f) => basename(f.path) === name);
    await expect(file?.content).toMatchFileSnapshot(`__snapshots__/minimal/${name}.snap`);
  });
});
