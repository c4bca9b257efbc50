#!/usr/bin/env node
/**
 * calkit-gen [--check] [--spec spec/openapi.yaml] [--root .] [--no-cache]
 * Regenerates every package's generated code from the curated spec. With --check, writes nothing
 * and exits 1 naming the files that differ from what the spec produces. openapi-typescript's output
 * is kept in <root>/node_modules/.cache/calkit-gen between runs (same inputs, same bytes);
 * --no-cache computes everything. In this repository `pnpm generate` runs `bin/generate.mjs`,
 * which also skips the whole run when nothing it reads has changed.
 */
import { parseArgs } from "node:util";
import { runGenerator } from "./run";

const { values } = parseArgs({
  options: {
    check: { type: "boolean" },
    spec: { type: "string" },
    root: { type: "string" },
    quiet: { type: "boolean" },
    "no-cache": { type: "boolean" },
  },
});
const { status } = await runGenerator({
  root: values.root ?? process.cwd(),
  specPath: values.spec,
  check: values.check,
  quiet: values.quiet,
  cache: !values["no-cache"],
});
process.exitCode = status;
