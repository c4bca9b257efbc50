/**
 * Same spec, same bytes: regenerating is a zero diff, and `--check` fails (naming the file) as
 * soon as committed output differs from what the spec produces.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GeneratedFile, generate, readSpec, writeFiles } from "../src/index";
import { fixture, REPO_ROOT, runCli } from "./run-cli";

const SPEC = join(REPO_ROOT, "spec/openapi.yaml");

async function generateFrom(spec: unknown): Promise<GeneratedFile[]> {
  return (await generate(spec)).files;
}

describe("generate()", () => {
  it("gives byte-identical files for the real spec, twice", async () => {
    // One read, two independent copies: only the generator can make the runs differ.
    const spec = readSpec(SPEC);
    const first = await generateFrom(structuredClone(spec));
    const second = await generateFrom(structuredClone(spec));
    expect(second.map((f) => f.path)).toEqual(first.map((f) => f.path));
    for (const [i, file] of first.entries())
      expect(second[i]?.content, file.path).toBe(file.content);
  });

  it("does not depend on the order of paths and schemas in the spec", async () => {
    const spec = readSpec(fixture("minimal.yaml")) as {
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    const reversed = structuredClone(spec);
    reversed.paths = Object.fromEntries(Object.entries(spec.paths).reverse());
    reversed.components.schemas = Object.fromEntries(
      Object.entries(spec.components.schemas).reverse(),
    );
    expect(await generateFrom(reversed)).toEqual(await generateFrom(spec));
  });
});

// Each run is a child process that loads ts-morph and openapi-typescript (~6 s when the machine is
// idle); the timeout leaves room for a busy one.
describe("pnpm generate --check", { timeout: 60_000 }, () => {
  const roots: string[] = [];
  let template: string;
  beforeAll(async () => {
    // A repository of its own: a copy of the spec and what `pnpm generate` writes from it,
    // whatever the state of the working tree.
    template = temporaryRoot();
    const spec = join(template, "spec/openapi.yaml");
    cpSync(SPEC, spec);
    writeFiles((await generate(readSpec(spec))).files, template);
  });
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  function temporaryRoot(): string {
    const root = mkdtempSync(join(tmpdir(), "calkit-gen-check-"));
    roots.push(root);
    return root;
  }

  function freshRepository(): string {
    const root = temporaryRoot();
    cpSync(template, root, { recursive: true });
    return root;
  }

  it("passes on the committed output", async () => {
    const result = await runCli(["--check"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Generated code is up to date/);
  });

  it("passes however --spec is spelled (headers name the spec relative to the root)", async () => {
    const root = freshRepository();
    const result = await runCli([
      "--check",
      "--root",
      root,
      "--spec",
      join(root, "spec/openapi.yaml"),
    ]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("fails naming the one generated file that was edited, and writes nothing", async () => {
    const root = freshRepository();
    const edited = "packages/client/src/generated/operations.gen.ts";
    appendFileSync(join(root, edited), "// edited by hand\n");
    const before = readFileSync(join(root, edited), "utf8");

    const result = await runCli(["--check", "--root", root]);

    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Generated code is stale");
    expect(result.stderr).toContain(`  - ${edited}\n`);
    expect(result.stderr.match(/^ {2}- /gm)).toHaveLength(1);
    expect(result.stderr).toContain("Run `pnpm generate`");
    expect(readFileSync(join(root, edited), "utf8")).toBe(before);
  });

  it("skips a run only while nothing changed, and still fails on an output edited after it", async () => {
    const root = freshRepository();
    const first = await runCli(["--check", "--root", root]);
    expect(first.stdout).toMatch(/operations/); // computed, and recorded as in sync
    const second = await runCli(["--check", "--root", root]);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/nothing changed since the last run/);

    const edited = "packages/webhooks/src/generated/events.gen.ts";
    appendFileSync(join(root, edited), "// edited by hand\n");
    const third = await runCli(["--check", "--root", root]);
    expect(third.status).toBe(1);
    expect(third.stderr).toContain(`  - ${edited}\n`);
  });

  it("computes everything with --no-cache, even when the last run was recorded", async () => {
    const root = freshRepository();
    await runCli(["--check", "--root", root]);
    const result = await runCli(["--check", "--no-cache", "--root", root]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/41 operations/);
  });
});
