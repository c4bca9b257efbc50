/**
 * Results of slow, pure library calls (openapi-typescript's printing of a document), kept on disk
 * under the sha256 of everything they depend on: the library versions, the options and the input.
 * Same key, same bytes, so a cached run writes exactly what a cold one would; any change to an
 * input is a new key. Only the CLI keeps one; `generate()` without a cache computes everything.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

export interface ResultCache {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
  /** Whether `get(key)` would answer, without reading it; lets a miss be prepared for early. */
  has?(key: string): boolean;
}

/** A key for the given parts (order matters). */
export function cacheKey(...parts: string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(`${part.length}:${part}`);
  return hash.digest("hex");
}

/** One file per key in `dir`; a file that cannot be read or written is a miss, never an error. */
export function diskCache(dir: string): ResultCache {
  return {
    has: (key) => existsSync(join(dir, key)),
    get(key) {
      try {
        return readFileSync(join(dir, key), "utf8");
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      try {
        mkdirSync(dir, { recursive: true });
        // Written aside and renamed: a concurrent run never reads half a file.
        const temporary = join(dir, `${key}.${process.pid}.tmp`);
        writeFileSync(temporary, value);
        renameSync(temporary, join(dir, key));
      } catch {
        // A read-only or full disk only costs the next run its speed.
      }
    },
  };
}

/**
 * `name@version` of an installed package, as resolved from `from` (a file path or module URL), and
 * the path of its package.json, to resolve that package's own dependencies from.
 */
export function installed(
  name: string,
  from: string = import.meta.url,
): { id: string; manifest: string } {
  const manifest = createRequire(from).resolve(`${name}/package.json`);
  const { version } = JSON.parse(readFileSync(manifest, "utf8")) as { version: string };
  return { id: `${name}@${version}`, manifest };
}
