/**
 * A real exchange with Cal.com, as kept in spec/recordings/: what was sent (method, path, the
 * `cal-api-version`, query, body) and what came back (status, Cal.com's rate-limit headers, body).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface RecordedRequest {
  method: string;
  /** The path as sent, from the API root, e.g. `/v2/bookings/4jroE1v7jB4YuNksRedoZp`. */
  path: string;
  /** The `cal-api-version` header sent, or null when none was. */
  apiVersion: string | null;
  query: Record<string, unknown>;
  body: unknown;
}

export interface RecordedResponse {
  status: number;
  /** Cal.com's own headers worth keeping: `x-ratelimit-*-default`, lower-cased. */
  headers: Record<string, string>;
  body: unknown;
}

export interface Recording {
  /** The source file it was normalised from, relative to the provenance's folder. */
  source: string;
  /** The key of the exchange inside that file. */
  exchange: string;
  request: RecordedRequest;
  response: RecordedResponse;
}

/** Where each recording of a folder came from (see import.ts); not a recording itself. */
export const PROVENANCE_FILE = "provenance.json";

/** File name → recording, for every `*.json` in a folder of normalised recordings. */
export function readRecordings(dir: string): Map<string, Recording> {
  const found = new Map<string, Recording>();
  const names = readdirSync(dir).filter((f) => f.endsWith(".json") && f !== PROVENANCE_FILE);
  for (const name of names.sort()) {
    found.set(name, JSON.parse(readFileSync(join(dir, name), "utf8")) as Recording);
  }
  return found;
}
