/**
 * Normalises recorded Cal.com exchanges in the Nango `*.test.json` layout (`api.<method>.<path>`
 * holding `request`, `status`, `headers`, `response`) into spec/recordings/, one file an exchange,
 * and records where each came from (file, sha256) in provenance.json.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { PROVENANCE_FILE, type Recording } from "./recording";

type Json = Record<string, unknown>;

export interface ProvenanceEntry {
  file: string;
  sha256: string;
  exchanges: Record<string, string>;
}

export interface Provenance {
  from: string;
  files: ProvenanceEntry[];
}

const KEPT_HEADER = /^x-ratelimit-(limit|remaining|reset)-default$/;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Cal.com's rate-limit headers only: the other `x-ratelimit-*` belong to the recording proxy. */
function keptHeaders(headers: unknown): Record<string, string> {
  const kept: Record<string, string> = {};
  if (!isObject(headers)) return kept;
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (KEPT_HEADER.test(lower)) kept[lower] = String(value);
  }
  return Object.fromEntries(Object.entries(kept).sort(([a], [b]) => a.localeCompare(b)));
}

function apiVersionOf(headers: unknown): string | null {
  if (!isObject(headers)) return null;
  const entry = Object.entries(headers).find(([name]) => name.toLowerCase() === "cal-api-version");
  return entry ? String(entry[1]) : null;
}

/** The exchanges of one Nango file: `api` → method → path (relative to /v2) → exchange. */
export function exchangesOf(file: string, text: string): Recording[] {
  const doc = JSON.parse(text) as Json;
  if (!isObject(doc.api)) throw new Error(`${file}: no "api" object of recorded exchanges`);
  const out: Recording[] = [];
  for (const [method, byPath] of Object.entries(doc.api)) {
    if (!isObject(byPath)) throw new Error(`${file}: /api/${method} is not an object`);
    for (const [path, exchange] of Object.entries(byPath)) {
      if (!isObject(exchange) || typeof exchange.status !== "number")
        throw new Error(`${file}: /api/${method}/${path} has no numeric status`);
      const request = isObject(exchange.request) ? exchange.request : {};
      out.push({
        source: file,
        exchange: `api.${method}.${path}`,
        request: {
          method: method.toUpperCase(),
          path: `/v2${path.startsWith("/") ? path : `/${path}`}`,
          apiVersion: apiVersionOf(request.headers),
          query: isObject(request.params) ? request.params : {},
          body: request.data ?? null,
        },
        response: {
          status: exchange.status,
          headers: keptHeaders(exchange.headers),
          body: exchange.response ?? null,
        },
      });
    }
  }
  return out;
}

/**
 * Reads every `*.json` of `from`, writes the normalised exchanges and provenance.json into `to`;
 * provenance names the source folder as `fromLabel` (the path as the maintainer gave it).
 */
export function importRecordings(from: string, to: string, fromLabel: string): Provenance {
  mkdirSync(to, { recursive: true });
  const provenance: Provenance = { from: fromLabel, files: [] };
  for (const name of readdirSync(from)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const text = readFileSync(join(from, name), "utf8");
    const recordings = exchangesOf(name, text);
    const stem = basename(name).replace(/(\.test)?\.json$/, "");
    const exchanges: Record<string, string> = {};
    recordings.forEach((recording, i) => {
      const target = recordings.length === 1 ? `${stem}.json` : `${stem}.${i + 1}.json`;
      writeFileSync(join(to, target), `${JSON.stringify(recording, null, 2)}\n`);
      exchanges[recording.exchange] = target;
    });
    provenance.files.push({
      file: name,
      sha256: createHash("sha256").update(text).digest("hex"),
      exchanges,
    });
  }
  writeFileSync(join(to, PROVENANCE_FILE), `${JSON.stringify(provenance, null, 2)}\n`);
  return provenance;
}
