/**
 * The result cache keeps openapi-typescript's output between runs: a cached run gives the same
 * bytes as a computed one, a changed document is a miss (never a stale answer), and a cache that
 * cannot be read or written only costs speed. On a miss openapi-typescript runs in a worker thread:
 * same bytes as in this thread, and its failures are errors, not hangs.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { diskCache, type GeneratedFile, generate, type ResultCache, readSpec } from "../src/index";
import type { Json } from "../src/json";
import { openapiTypes, openapiTypesWillRun } from "../src/openapi-types";
import { fixture } from "./run-cli";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "calkit-gen-cache-"));
  dirs.push(dir);
  return dir;
}

/** A disk cache that counts hits and misses. */
function countingCache(dir: string) {
  const inner = diskCache(dir);
  const counts = { hits: 0, misses: 0 };
  const cache: ResultCache = {
    get(key) {
      const value = inner.get(key);
      counts[value === undefined ? "misses" : "hits"]++;
      return value;
    },
    set: (key, value) => inner.set(key, value),
  };
  return { cache, counts };
}

const contents = (files: GeneratedFile[]) => files.map((f) => [f.path, f.content]);

describe("the result cache", () => {
  const spec = readSpec(fixture("minimal.yaml")) as { info: { title: string } };

  it("gives the bytes of a run without it, from the second run on without computing", async () => {
    const computed = (await generate(structuredClone(spec))).files;
    const { cache, counts } = countingCache(tempDir());
    const first = (await generate(structuredClone(spec), { cache })).files;
    expect(counts).toEqual({ hits: 0, misses: 1 }); // the client's types (no webhooks here)
    const second = (await generate(structuredClone(spec), { cache })).files;
    expect(counts).toEqual({ hits: 1, misses: 1 });
    expect(contents(first)).toEqual(contents(computed));
    expect(contents(second)).toEqual(contents(computed));
  });

  it("misses when the document changes, and then answers for the new one", async () => {
    const { cache, counts } = countingCache(tempDir());
    await generate(structuredClone(spec), { cache });
    const changed = structuredClone(spec);
    changed.info.title = `${spec.info.title} (changed)`;
    const files = (await generate(changed, { cache })).files;
    expect(counts).toEqual({ hits: 0, misses: 2 });
    expect(contents(files)).toEqual(contents((await generate(structuredClone(changed))).files));
  });

  it("treats a folder it cannot use as a miss, not an error", async () => {
    // A file where the folder should be: nothing can be read from or written under it.
    const notAFolder = join(tempDir(), "cache");
    writeFileSync(notAFolder, "");
    const { cache, counts } = countingCache(notAFolder);
    const files = (await generate(structuredClone(spec), { cache })).files;
    await generate(structuredClone(spec), { cache });
    expect(counts).toEqual({ hits: 0, misses: 2 });
    expect(contents(files)).toEqual(contents((await generate(structuredClone(spec))).files));
  });
});

describe("openapi-typescript in its worker thread", () => {
  it("gives the bytes of openapi-typescript in this thread", async () => {
    const spec = readSpec(fixture("minimal.yaml")) as Json;
    const options = { alphabetize: true };
    const { default: openapiTS, astToString } = await import("openapi-typescript");
    const here = astToString(await openapiTS(structuredClone(spec) as never, options));
    expect(await openapiTypes(spec, options)).toBe(here);
  });

  it("reports a document openapi-typescript cannot read as an error, and keeps working", async () => {
    await expect(
      openapiTypes({ swagger: "2.0", info: { title: "old", version: "1" }, paths: {} }, {}),
    ).rejects.toThrow(/openapi-typescript failed/);
    const spec = readSpec(fixture("minimal.yaml")) as Json;
    expect(await openapiTypes(spec, { alphabetize: true })).toContain("export interface paths");
  });

  it("says ahead when it will run: no cache, or a disk cache without the result", () => {
    const spec = readSpec(fixture("minimal.yaml")) as Json;
    const dir = tempDir();
    expect(openapiTypesWillRun(spec, {}, undefined)).toBe(true);
    expect(openapiTypesWillRun(spec, {}, diskCache(dir))).toBe(true);
    const { cache } = countingCache(dir); // no `has`: nothing known ahead
    expect(openapiTypesWillRun(spec, {}, cache)).toBe(false);
  });
});
