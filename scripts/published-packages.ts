/**
 * The @calkit/* packages published to npm, what each tarball is meant to hold, and packing one
 * with `pnpm pack` exactly as `pnpm publish` would (`workspace:` ranges become real versions),
 * read back in memory. Used by `pnpm check:packages`, `pnpm size` and scripts/test/publish.test.ts.
 */
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { gunzipSync } from "node:zlib";

export const ROOT = resolve(import.meta.dirname, "..");

export interface PublishedPackage {
  name: string;
  /** Directory relative to the repository root. */
  dir: string;
  /** What the tarball holds besides dist/, package.json, README.md and LICENSE (`*` is one path segment). */
  assets: readonly string[];
}

export const PUBLISHED_PACKAGES: readonly PublishedPackage[] = [
  {
    name: "@calkit/spec",
    dir: "spec",
    assets: ["openapi.yaml", "x-cal.schema.json", "upstream.lock.json"],
  },
  { name: "@calkit/generator", dir: "packages/generator", assets: [] },
  { name: "@calkit/client", dir: "packages/client", assets: [] },
  { name: "@calkit/scopes", dir: "packages/scopes", assets: ["scope-map.json"] },
  {
    name: "@calkit/tools",
    dir: "packages/tools",
    assets: ["schemas/*.json", "dist/schemas/*.js", "dist/schemas/*.d.ts"],
  },
  { name: "@calkit/guard", dir: "packages/guard", assets: ["policy.schema.json"] },
  { name: "@calkit/mcp", dir: "packages/mcp", assets: [] },
  { name: "@calkit/webhooks", dir: "packages/webhooks", assets: [] },
  { name: "@calkit/gateway", dir: "packages/gateway", assets: [] },
];

/** Every tarball holds these. */
export const COMMON_FILES = ["package.json", "README.md", "LICENSE"] as const;

/** Files a tarball may hold: the common ones, built JavaScript and declarations, the package's assets. */
export function allowedFile(pkg: PublishedPackage, path: string): boolean {
  if ((COMMON_FILES as readonly string[]).includes(path)) return true;
  if (/^dist\/[^/]+\.(js|d\.ts)$/.test(path)) return true;
  return pkg.assets.some((asset) => patternOf(asset).test(path));
}

export function patternOf(asset: string): RegExp {
  const escaped = asset.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replaceAll("*", "[^/]+");
  return new RegExp(`^${escaped}$`);
}

export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  bin?: string | Record<string, string>;
  exports?: Record<string, unknown>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  [field: string]: unknown;
}

export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(ROOT, dir, "package.json"), "utf8")) as Manifest;
}

/** The non-private packages of the workspace (`spec` and `packages/*`), to compare with the list above. */
export function workspacePackageNames(): string[] {
  const dirs = ["spec", ...readdirSync(join(ROOT, "packages")).map((name) => `packages/${name}`)];
  return dirs
    .filter((dir) => {
      try {
        return !readManifest(dir).private;
      } catch {
        return false; // not a package
      }
    })
    .map((dir) => readManifest(dir).name)
    .sort();
}

export interface Packed {
  /** Absolute path of the .tgz. */
  tarball: string;
  bytes: number;
  /** Path inside the package (the tarball's `package/` prefix removed) → contents and mode. */
  files: Map<string, { data: Buffer; mode: number }>;
  /** The package.json as published. */
  manifest: Manifest;
}

const run = promisify(execFile);

/** `pnpm pack` of one package into `destination` (nothing is built; dist/ must exist). */
export async function packPackage(pkg: PublishedPackage, destination: string): Promise<Packed> {
  const { stdout } = await run("pnpm", ["pack", "--json", "--pack-destination", destination], {
    cwd: join(ROOT, pkg.dir),
    maxBuffer: 16 * 1024 * 1024,
  });
  const { filename } = JSON.parse(stdout.slice(stdout.indexOf("{"))) as { filename: string };
  const tarball = resolve(destination, filename);
  const data = readFileSync(tarball);
  const files = readTarball(data);
  const manifest = files.get("package.json");
  if (!manifest) throw new Error(`${pkg.name}: the tarball has no package.json`);
  return {
    tarball,
    bytes: data.length,
    files,
    manifest: JSON.parse(manifest.data.toString("utf8")) as Manifest,
  };
}

/** The regular files of a gzipped (us)tar archive, as npm and pnpm write them. */
export function readTarball(gzipped: Buffer): Map<string, { data: Buffer; mode: number }> {
  const data = gunzipSync(gzipped);
  const files = new Map<string, { data: Buffer; mode: number }>();
  const text = (start: number, length: number, at: number) =>
    data
      .subarray(at + start, at + start + length)
      .toString("utf8")
      .replace(/\0[\s\S]*$/, "");
  let offset = 0;
  let nextName: string | undefined;
  while (offset + 512 <= data.length) {
    if (data.subarray(offset, offset + 512).every((byte) => byte === 0)) break;
    const size = Number.parseInt(text(124, 12, offset).trim() || "0", 8);
    const mode = Number.parseInt(text(100, 8, offset).trim() || "0", 8);
    const type = text(156, 1, offset) || "0";
    const prefix = text(345, 155, offset);
    const name = nextName ?? (prefix ? `${prefix}/${text(0, 100, offset)}` : text(0, 100, offset));
    nextName = undefined;
    const body = data.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === "L") nextName = body.toString("utf8").replace(/\0[\s\S]*$/, "");
    else if (type === "x")
      nextName = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString("utf8"))?.[1];
    else if (type === "0" || type === "7") {
      files.set(name.replace(/^[^/]+\//, ""), { data: Buffer.from(body), mode });
    }
  }
  return files;
}

/** Runs `task` over `items`, at most `limit` at a time, keeping the order of the results. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
