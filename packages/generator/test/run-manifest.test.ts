/**
 * The whole-run skip of `pnpm generate` (bin/run-manifest.mjs) answers "nothing to do" only when
 * nothing a run reads has changed and every output is still what the recorded run wrote: a changed
 * spec, generator source, workspace dependency or installed tree, and an edited or deleted output
 * are all misses, and so is a cache folder that cannot be used.
 */
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  recordRun,
  runFingerprint,
  specChanged,
  upToDate,
  workspacePackages,
} from "../bin/run-manifest.mjs";
import { REPO_ROOT } from "./run-cli";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/**
 * A workspace of its own: a generator package depending on a `dep` package (workspace:), pnpm's
 * record of what is installed, a spec, and two output files as a run would have written them.
 */
function workspace() {
  const root = mkdtempSync(join(tmpdir(), "calkit-gen-skip-"));
  dirs.push(root);
  const generatorDir = join(root, "packages/gen");
  const depDir = join(root, "packages/dep");
  write(join(root, "node_modules/.pnpm/lock.yaml"), "lockfileVersion: '9.0'\n");
  write(join(root, "tsconfig.json"), "{}\n");
  write(
    join(generatorDir, "package.json"),
    JSON.stringify({ name: "gen", dependencies: { dep: "workspace:*", other: "1.0.0" } }),
  );
  write(join(generatorDir, "src/emit.ts"), "export const emit = 1;\n");
  write(join(generatorDir, "bin/entry.mjs"), "// entry\n");
  write(join(generatorDir, "test/emit.test.ts"), "// a test\n");
  write(join(depDir, "package.json"), JSON.stringify({ name: "dep" }));
  write(join(depDir, "src/rules.ts"), "export const rules = 1;\n");
  mkdirSync(join(generatorDir, "node_modules"), { recursive: true });
  symlinkSync(depDir, join(generatorDir, "node_modules/dep"), "dir");
  const specPath = join(root, "spec/openapi.yaml");
  write(specPath, "openapi: 3.1.0\n");
  const files = [
    { path: "out/a.gen.ts", content: "// a\n" },
    { path: "out/b.json", content: "{}\n" },
  ];
  for (const file of files) write(join(root, file.path), file.content);
  const cacheDir = join(root, "node_modules/.cache/calkit-gen");
  const fingerprint = () =>
    runFingerprint({ specPath, specName: "spec/openapi.yaml", generatorDir });
  const check = () => upToDate({ root, cacheDir, fingerprint: fingerprint() });
  const record = () => recordRun({ cacheDir, fingerprint: fingerprint(), files, specPath });
  return { root, generatorDir, depDir, specPath, cacheDir, files, fingerprint, check, record };
}

describe("the whole-run skip", () => {
  it("hits after a recorded run when nothing changed, and only then", () => {
    const w = workspace();
    expect(w.check()).toBe(false); // nothing recorded yet: a fresh clone computes everything
    w.record();
    expect(w.check()).toBe(true);
    expect(w.fingerprint()).toBe(w.fingerprint());
  });

  it("misses when the spec changes", () => {
    const w = workspace();
    w.record();
    appendFileSync(w.specPath, "# changed\n");
    expect(w.check()).toBe(false);
  });

  it("tells a changed spec from an unchanged one (to start openapi-typescript early)", () => {
    const w = workspace();
    expect(specChanged(w)).toBe(false); // nothing recorded: no guess
    w.record();
    expect(specChanged(w)).toBe(false);
    appendFileSync(w.specPath, "# changed\n");
    expect(specChanged(w)).toBe(true);
  });

  it("misses when the spec is named differently in headers", () => {
    const w = workspace();
    w.record();
    const renamed = runFingerprint({
      specPath: w.specPath,
      specName: "openapi.yaml",
      generatorDir: w.generatorDir,
    });
    expect(upToDate({ root: w.root, cacheDir: w.cacheDir, fingerprint: renamed })).toBe(false);
  });

  it("misses when an output file was edited by hand", () => {
    const w = workspace();
    w.record();
    appendFileSync(join(w.root, "out/a.gen.ts"), "// edited\n");
    expect(w.check()).toBe(false);
  });

  it("misses when an output file was deleted", () => {
    const w = workspace();
    w.record();
    unlinkSync(join(w.root, "out/b.json"));
    expect(w.check()).toBe(false);
  });

  it("misses when the generator's source, entry or package.json changes", () => {
    for (const file of ["src/emit.ts", "bin/entry.mjs", "package.json"]) {
      const w = workspace();
      w.record();
      appendFileSync(join(w.generatorDir, file), "\n");
      expect(w.check(), file).toBe(false);
    }
    const w = workspace();
    w.record();
    write(join(w.generatorDir, "src/emitters/new.ts"), "export {};\n"); // a new file counts too
    expect(w.check()).toBe(false);
  });

  it("reads linked source files through their links", () => {
    const w = workspace();
    const target = join(w.root, "elsewhere/shared.ts");
    write(target, "export const shared = 1;\n");
    symlinkSync(target, join(w.generatorDir, "src/shared.ts"));
    w.record();
    expect(w.check()).toBe(true);
    appendFileSync(target, "export const more = 2;\n");
    expect(w.check()).toBe(false);
  });

  it("misses when a workspace package the generator imports changes", () => {
    const w = workspace();
    w.record();
    appendFileSync(join(w.depDir, "src/rules.ts"), "export const more = 2;\n");
    expect(w.check()).toBe(false);
  });

  it("misses when the installed dependencies or the path mapping change", () => {
    for (const file of ["node_modules/.pnpm/lock.yaml", "tsconfig.json"]) {
      const w = workspace();
      w.record();
      appendFileSync(join(w.root, file), "\n");
      expect(w.check(), file).toBe(false);
    }
  });

  it("ignores the generator's tests", () => {
    const w = workspace();
    w.record();
    appendFileSync(join(w.generatorDir, "test/emit.test.ts"), "// another test\n");
    expect(w.check()).toBe(true);
  });

  it("treats a cache folder it cannot use, or a damaged manifest, as a miss, not an error", () => {
    const w = workspace();
    // A file where the folder should be: nothing can be recorded or read under it.
    write(w.cacheDir, "");
    expect(() => w.record()).not.toThrow();
    expect(w.check()).toBe(false);
    rmSync(w.cacheDir);
    w.record();
    writeFileSync(join(w.cacheDir, "run.json"), "{ not json");
    expect(w.check()).toBe(false);
    writeFileSync(join(w.cacheDir, "run.json"), JSON.stringify({ fingerprint: w.fingerprint() }));
    expect(w.check()).toBe(false);
  });

  it("cannot fingerprint without pnpm's record of what is installed (a miss)", () => {
    const w = workspace();
    rmSync(join(w.root, "node_modules/.pnpm"), { recursive: true });
    expect(w.fingerprint()).toBeUndefined();
    w.record();
    expect(w.check()).toBe(false);
  });

  it("covers the generator and every workspace package it imports in this repository", () => {
    const names = workspacePackages().map((dir) => dir.slice(REPO_ROOT.length));
    expect(names).toEqual([
      "packages/client",
      "packages/generator",
      "packages/guard",
      "packages/scopes",
      "packages/tools",
      "packages/webhooks",
      "spec",
    ]);
  });
});
