/**
 * The whole-run skip of `pnpm generate`. Plain JavaScript, loaded before tsx, ts-morph or
 * openapi-typescript: when nothing the generator reads has changed since a run whose output was
 * in sync, and every output file on disk still has the bytes that run recorded, there is nothing
 * to compute.
 *
 * What a run reads, and so what its fingerprint covers:
 * - the spec's bytes and the name headers give it;
 * - the sources of the generator and of every workspace package it imports, transitively (found
 *   from the `workspace:` dependencies of each package.json): every file at the top of the
 *   package, and everything under its `src/` and `bin/`;
 * - the workspace's root `tsconfig.json` (tsx maps the packages to their sources with it) and the
 *   installed dependency tree as pnpm recorded it (`node_modules/.pnpm/lock.yaml`: the versions of
 *   ts-morph, openapi-typescript, typescript and everything below them);
 * - the Node.js version.
 * Anything that cannot be read makes the fingerprint undefined: a miss, computed in full.
 */
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** This generator's package folder. */
export const GENERATOR_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Where the CLI keeps its caches, under the output root. */
export const CACHE_DIR = "node_modules/.cache/calkit-gen";

/** The file, in the cache folder, recording the last run whose output was in sync. */
export const MANIFEST_FILE = "run.json";

/** Bumped when what a fingerprint covers changes, so that older manifests miss. */
const FORMAT = "calkit-gen run 1";

const sha256 = (data) => createHash("sha256").update(data).digest("hex");

/** Files under `dir` (relative, `/`-separated, sorted), skipping node_modules, dist and dot folders. */
function filesUnder(dir) {
  const found = [];
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules" && entry.name !== "dist" && !entry.name.startsWith("."))
          walk(path);
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        // A symbolic link is read through (one to a folder cannot be read: no fingerprint).
        found.push(relative(dir, path).split(sep).join("/"));
      }
    }
  };
  walk(dir);
  return found.sort();
}

/** The files of a package that a run may read: top-level files, `src/**` and `bin/**`. */
function packageFiles(dir) {
  const top = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => entry.name);
  const nested = ["src", "bin"]
    .filter((sub) => existsSync(join(dir, sub)))
    .flatMap((sub) => filesUnder(join(dir, sub)).map((path) => `${sub}/${path}`));
  return [...top, ...nested].sort();
}

/** The generator's package folder and those of its workspace dependencies, transitively, sorted. */
export function workspacePackages(generatorDir = GENERATOR_DIR) {
  const seen = new Set();
  const visit = (dir) => {
    if (seen.has(dir)) return;
    seen.add(dir);
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    for (const [name, version] of Object.entries(manifest.dependencies ?? {}))
      if (String(version).startsWith("workspace:"))
        visit(realpathSync(join(dir, "node_modules", name)));
  };
  visit(realpathSync(generatorDir));
  return [...seen].sort();
}

/** The nearest folder at or above `dir` holding pnpm's record of what is installed. */
function workspaceRoot(dir) {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, "node_modules/.pnpm/lock.yaml"))) return at;
    if (dirname(at) === at) return undefined;
  }
}

/**
 * The sha256 of everything a run of the generator reads, or undefined when some of it cannot be
 * read. `generatorDir` is for tests; the CLI fingerprints itself.
 */
export function runFingerprint({ specPath, specName, generatorDir = GENERATOR_DIR }) {
  try {
    const hash = createHash("sha256");
    const part = (name, data) => hash.update(`${name}\0${sha256(data)}\n`);
    hash.update(`${FORMAT}\nnode ${process.version}\nspec name ${specName}\n`);
    part("spec", readFileSync(specPath));
    const root = workspaceRoot(realpathSync(generatorDir));
    if (root === undefined) return undefined;
    part("lock", readFileSync(join(root, "node_modules/.pnpm/lock.yaml")));
    part("tsconfig", readFileSync(join(root, "tsconfig.json")));
    for (const dir of workspacePackages(generatorDir)) {
      const name = relative(root, dir).split(sep).join("/");
      for (const file of packageFiles(dir)) part(`${name}/${file}`, readFileSync(join(dir, file)));
    }
    return hash.digest("hex");
  } catch {
    return undefined;
  }
}

/**
 * True when the manifest in `cacheDir` was recorded for this fingerprint and every output file it
 * lists still has the recorded bytes under `root`. Anything missing or unreadable is false.
 */
export function upToDate({ root, cacheDir, fingerprint }) {
  if (fingerprint === undefined) return false;
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(cacheDir, MANIFEST_FILE), "utf8"));
  } catch {
    return false;
  }
  if (manifest?.fingerprint !== fingerprint || typeof manifest.outputs !== "object") return false;
  const outputs = Object.entries(manifest.outputs ?? {});
  if (outputs.length === 0) return false;
  try {
    return outputs.every(([path, hash]) => sha256(readFileSync(resolve(root, path))) === hash);
  } catch {
    return false;
  }
}

/** How many output files the manifest in `cacheDir` lists (for the CLI's message). */
export function recordedOutputs(cacheDir) {
  try {
    return Object.keys(JSON.parse(readFileSync(join(cacheDir, MANIFEST_FILE), "utf8")).outputs)
      .length;
  } catch {
    return 0;
  }
}

/**
 * True when the last recorded run read a spec with other bytes than `specPath` now has: a run is
 * then about to give openapi-typescript a new document (a guess, for starting it early; false
 * when nothing was recorded).
 */
export function specChanged({ cacheDir, specPath }) {
  try {
    const { spec } = JSON.parse(readFileSync(join(cacheDir, MANIFEST_FILE), "utf8"));
    return typeof spec === "string" && spec !== sha256(readFileSync(specPath));
  } catch {
    return false;
  }
}

/**
 * Records a run whose output files (`{ path, content }`, paths relative to the root) are what is
 * on disk. A folder that cannot be written only costs the next run its speed.
 */
export function recordRun({ cacheDir, fingerprint, files, specPath }) {
  if (fingerprint === undefined) return;
  const outputs = {};
  for (const file of files) outputs[file.path] = sha256(file.content);
  try {
    const spec = sha256(readFileSync(specPath));
    mkdirSync(cacheDir, { recursive: true });
    // Written aside and renamed: a concurrent run never reads half a manifest.
    const temporary = join(cacheDir, `${MANIFEST_FILE}.${process.pid}.tmp`);
    writeFileSync(temporary, `${JSON.stringify({ fingerprint, spec, outputs }, null, 2)}\n`);
    renameSync(temporary, join(cacheDir, MANIFEST_FILE));
  } catch {
    // Read-only or full: the next run computes everything, which is correct.
  }
}
