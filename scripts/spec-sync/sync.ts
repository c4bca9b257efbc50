/**
 * spec:sync: reads Cal.com's published document (a path or an http(s) URL), rebuilds the curated
 * spec, reports drift against the committed one, and writes the spec and the lock only when
 * every step succeeded (written to a temporary file, then renamed).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { parse } from "yaml";
import { type BuildNote, buildSpec } from "./build";
import { loadCuration } from "./curation";
import { type DriftItem, diffSpecs } from "./drift";
import { serializeLock, serializeSpec, type UpstreamLock } from "./emit";
import { SpecSyncError } from "./errors";
import { findUpstreamNeighbours, type UpstreamNeighbours } from "./upstream-operations";

export interface SyncOptions {
  /** Path or http(s) URL of Cal.com's openapi.json. */
  from: string;
  /** Repository root (for the curation and for relative names in the lock). */
  root: string;
  /** Output spec path; default <root>/spec/openapi.yaml. */
  out?: string;
  /** Lock path; default next to the output as upstream.lock.json. */
  lock?: string;
  /** Do not write; report whether the output would change. */
  check?: boolean;
  fetch?: typeof globalThis.fetch;
  now?: () => Date;
}

export interface SyncResult {
  changed: boolean;
  written: boolean;
  outPath: string;
  drift: DriftItem[];
  notes: BuildNote[];
  /** Curated examples broken by the new upstream; when present nothing is written. */
  problems: string[];
  /** Uncurated upstream operations next to ours, new since the upstream the lock names. */
  neighbours: UpstreamNeighbours;
  lock: UpstreamLock;
}

async function readUpstream(
  from: string,
  root: string,
  fetchImpl: typeof globalThis.fetch,
): Promise<{ text: string; source: string }> {
  if (/^https?:\/\//.test(from)) {
    let response: Response;
    try {
      response = await fetchImpl(from, { headers: { accept: "application/json" } });
    } catch (error) {
      throw new SpecSyncError(`Could not download ${from}: ${(error as Error).message}`);
    }
    if (!response.ok)
      throw new SpecSyncError(`Downloading ${from} failed with HTTP ${response.status}.`);
    return { text: await response.text(), source: from };
  }
  const path = isAbsolute(from) ? from : resolve(root, from);
  if (!existsSync(path))
    throw new SpecSyncError(`The upstream document ${from} does not exist (looked at ${path}).`);
  return { text: readFileSync(path, "utf8"), source: relative(root, path) || path };
}

function parseUpstream(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SpecSyncError(
      `The upstream document ${source} is not valid JSON: ${(error as Error).message}`,
    );
  }
}

/**
 * The upstream document the committed spec was built from, when the lock names a local file that
 * still has the recorded sha256 (a URL is not downloaded again; its content may have moved on).
 */
function readPreviousUpstream(lock: UpstreamLock | undefined, root: string): unknown {
  if (!lock || /^https?:\/\//.test(lock.source)) return undefined;
  const path = resolve(root, lock.source);
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, "utf8");
  if (createHash("sha256").update(text).digest("hex") !== lock.sha256) return undefined;
  return parseUpstream(text, lock.source);
}

function readLock(path: string): UpstreamLock | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, "utf8")) as UpstreamLock;
  } catch (error) {
    throw new SpecSyncError(`The lock ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

function writeAtomically(path: string, content: string): void {
  const temp = `${path}.tmp-${process.pid}`;
  writeFileSync(temp, content);
  renameSync(temp, path);
}

export async function syncSpec(options: SyncOptions): Promise<SyncResult> {
  const root = options.root;
  const outPath = options.out ? resolve(root, options.out) : resolve(root, "spec/openapi.yaml");
  const lockPath = options.lock
    ? resolve(root, options.lock)
    : resolve(dirname(outPath), "upstream.lock.json");
  const { text, source } = await readUpstream(
    options.from,
    root,
    options.fetch ?? globalThis.fetch,
  );
  const upstream = parseUpstream(text, source);
  const sha256 = createHash("sha256").update(text).digest("hex");
  const curation = loadCuration(resolve(root, "spec/curation"), root);
  const { document, notes, problems } = buildSpec(upstream, curation, { sha256 });
  const content = serializeSpec(document);

  const previousText = existsSync(outPath) ? readFileSync(outPath, "utf8") : undefined;
  const previous =
    previousText === undefined ? undefined : (parse(previousText) as Record<string, unknown>);
  const drift = diffSpecs(previous, document);
  const previousLock = readLock(lockPath);
  const neighbours = findUpstreamNeighbours(
    upstream as Record<string, unknown>,
    readPreviousUpstream(previousLock, root) as Record<string, unknown> | undefined,
    curation.operations,
  );
  const lock: UpstreamLock =
    previousLock && previousLock.sha256 === sha256 && previousLock.source === source
      ? previousLock
      : {
          source,
          sha256,
          bytes: Buffer.byteLength(text),
          syncedAt: (options.now?.() ?? new Date()).toISOString().slice(0, 10),
          openapi: String((upstream as { openapi?: unknown }).openapi),
          operations: curation.operations.length,
        };
  const changed = previousText !== content;
  if (options.check || problems.length)
    return { changed, written: false, outPath, drift, notes, problems, neighbours, lock };
  writeAtomically(outPath, content);
  writeAtomically(lockPath, serializeLock(lock));
  return { changed, written: true, outPath, drift, notes, problems, neighbours, lock };
}
