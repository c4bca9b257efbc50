/**
 * Recordings from several folders, each file either normalised (spec/recordings/) or in the Nango
 * `*.test.json` layout it was recorded in, keyed `folder/file` (with `#n` for a file's n-th exchange).
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { exchangesOf } from "./import";
import { PROVENANCE_FILE, type Recording } from "./recording";

function isNormalised(value: unknown): value is Recording {
  return typeof value === "object" && value !== null && "request" in value && "response" in value;
}

export function readAnyRecordings(dirs: readonly string[]): Map<string, Recording> {
  const found = new Map<string, Recording>();
  for (const dir of dirs) {
    const names = readdirSync(dir).filter((f) => f.endsWith(".json") && f !== PROVENANCE_FILE);
    for (const name of names.sort()) {
      const text = readFileSync(join(dir, name), "utf8");
      const parsed = JSON.parse(text) as unknown;
      const key = `${basename(dir)}/${name}`;
      if (isNormalised(parsed)) {
        found.set(key, parsed);
        continue;
      }
      const exchanges = exchangesOf(name, text);
      exchanges.forEach((recording, i) => {
        found.set(exchanges.length === 1 ? key : `${key}#${i + 1}`, recording);
      });
    }
  }
  return found;
}
