/**
 * One builder per output file returns a GeneratedFile; this module adds the header and writes
 * them (or, with --check, reports which committed files differ).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { ResultCache } from "./result-cache";

/** Where the client's generated code goes (the other emitters name their own folders). */
export const CLIENT_DIR = "packages/client/src/generated";

export interface GeneratedFile {
  /** Relative to the repository root. */
  path: string;
  content: string;
}

export interface GeneratorContext {
  /** How the spec is named in headers, e.g. "spec/openapi.yaml". */
  specName: string;
  /** Where slow library results are kept between runs (none: everything is computed). */
  cache?: ResultCache;
}

export function header(context: GeneratorContext, comment: "//" | "#" = "//"): string {
  return `${comment} Generated from ${context.specName} by @calkit/generator; do not edit. Run \`pnpm generate\`.\n`;
}

export function tsFile(path: string, context: GeneratorContext, body: string): GeneratedFile {
  return { path, content: `${header(context)}\n${body.trimEnd()}\n` };
}

export interface WriteResult {
  written: string[];
  stale: string[];
}

/** Writes files whose bytes changed; with `check` writes nothing and lists the stale ones. */
export function writeFiles(
  files: readonly GeneratedFile[],
  root: string,
  check = false,
): WriteResult {
  const written: string[] = [];
  const stale: string[] = [];
  for (const file of files) {
    const target = resolve(root, file.path);
    const current = existsSync(target) ? readFileSync(target, "utf8") : undefined;
    if (current === file.content) continue;
    stale.push(file.path);
    if (check) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
    written.push(file.path);
  }
  return { written, stale };
}
