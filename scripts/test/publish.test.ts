/**
 * The dry run of a release: `pnpm pack` of every published package (what `pnpm publish` uploads)
 * into a scratch directory, then the tarball's files and package.json are inspected. Needs the
 * packages built; `pnpm test` builds before vitest.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  allowedFile,
  COMMON_FILES,
  mapLimit,
  type Packed,
  PUBLISHED_PACKAGES,
  packPackage,
  patternOf,
  ROOT,
  readManifest,
  workspacePackageNames,
} from "../published-packages";

const scratch = mkdtempSync(join(tmpdir(), "calkit-publish-test-"));
const packed = new Map<string, Packed>();
/** The version each workspace package would publish as, by name. */
const versions = new Map(PUBLISHED_PACKAGES.map((p) => [p.name, readManifest(p.dir).version]));

beforeAll(async () => {
  const unbuilt = PUBLISHED_PACKAGES.filter((p) => !existsSync(join(ROOT, p.dir, "dist/index.js")));
  if (unbuilt.length) {
    throw new Error(
      `not built: ${unbuilt.map((p) => p.dir).join(", ")}. Run \`pnpm build\` first.`,
    );
  }
  const results = await mapLimit(PUBLISHED_PACKAGES, 4, (pkg) => packPackage(pkg, scratch));
  for (const [index, pkg] of PUBLISHED_PACKAGES.entries()) {
    packed.set(pkg.name, results[index] as Packed);
  }
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function tarballOf(name: string): Packed {
  const result = packed.get(name);
  if (!result) throw new Error(`${name} was not packed`);
  return result;
}

it("publishes every non-private package of the workspace, and only those", () => {
  expect(PUBLISHED_PACKAGES.map((p) => p.name).sort()).toEqual(workspacePackageNames());
});

describe.each(PUBLISHED_PACKAGES)("$name", (pkg) => {
  it("holds exactly the intended files", () => {
    const files = [...tarballOf(pkg.name).files.keys()].sort();
    expect(files.filter((path) => !allowedFile(pkg, path))).toEqual([]);
    for (const required of [...COMMON_FILES, "dist/index.js", "dist/index.d.ts"]) {
      expect(files).toContain(required);
    }
    for (const asset of pkg.assets) {
      expect(
        files.some((path) => patternOf(asset).test(path)),
        `${asset} in the tarball`,
      ).toBe(true);
    }
    // Never the sources, tests or build configuration.
    expect(
      files.filter((path) =>
        /^(src|test)\/|tsconfig|tsup\.config|\.tsbuildinfo$|\.map$/.test(path),
      ),
    ).toEqual([]);
  });

  it("ships every file its package.json points at", () => {
    const { files, manifest } = tarballOf(pkg.name);
    const targets: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === "string") targets.push(value);
      else if (value && typeof value === "object") Object.values(value).forEach(collect);
    };
    collect(manifest.exports);
    collect(manifest.bin);
    collect([manifest.main, manifest.types]);
    for (const target of targets) {
      const path = target.replace(/^\.\//, "");
      if (path.includes("*"))
        expect(
          [...files.keys()].some((f) => patternOf(path).test(f)),
          target,
        ).toBe(true);
      else expect(files.has(path), target).toBe(true);
    }
    for (const bin of Object.values(
      typeof manifest.bin === "string" ? { bin: manifest.bin } : (manifest.bin ?? {}),
    )) {
      const file = files.get(bin.replace(/^\.\//, ""));
      expect(
        file?.data.toString("utf8").startsWith("#!/usr/bin/env node"),
        `${bin} has a shebang`,
      ).toBe(true);
      expect((file?.mode ?? 0) & 0o111, `${bin} is executable`).not.toBe(0);
    }
  });

  it("publishes workspace: dependencies as the real versions", () => {
    const { manifest } = tarballOf(pkg.name);
    expect(JSON.stringify(manifest)).not.toContain("workspace:");
    const source = readManifest(pkg.dir);
    for (const [name, range] of Object.entries(source.dependencies ?? {})) {
      const published = manifest.dependencies?.[name];
      if (range.startsWith("workspace:")) expect(published, name).toBe(versions.get(name));
      else expect(published, name).toBe(range);
    }
    expect(manifest.version).toBe(source.version);
  });

  it("carries the repository's MIT LICENSE", () => {
    const { files, manifest } = tarballOf(pkg.name);
    expect(manifest.license).toBe("MIT");
    expect(files.get("LICENSE")?.data.toString("utf8")).toBe(
      readFileSync(join(ROOT, "LICENSE"), "utf8"),
    );
  });
});
