#!/usr/bin/env node
/**
 * calkit-gen [--check] [--spec spec/openapi.yaml] [--root .] [--no-cache]
 * Regenerates every package's generated code from the curated spec. With --check, writes nothing
 * and exits 1 naming the files that differ from what the spec produces. openapi-typescript's output
 * is kept in <root>/node_modules/.cache/calkit-gen between runs (same inputs, same bytes);
 * --no-cache computes everything.
 */
import { join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { SpecErrors } from "./errors";
import { generate, readSpec } from "./generate";
import { writeFiles } from "./output";
import { diskCache } from "./result-cache";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      check: { type: "boolean" },
      spec: { type: "string" },
      root: { type: "string" },
      quiet: { type: "boolean" },
      "no-cache": { type: "boolean" },
    },
  });
  const root = resolve(values.root ?? process.cwd());
  const specPath = resolve(root, values.spec ?? "spec/openapi.yaml");
  // Named relative to the root in headers, however --spec was spelled: same spec, same bytes.
  const specName = relative(root, specPath).split(sep).join("/");
  const started = performance.now();
  try {
    const cache = values["no-cache"]
      ? undefined
      : diskCache(join(root, "node_modules/.cache/calkit-gen"));
    const { model, files } = await generate(readSpec(specPath), { specName, cache });
    const { written, stale } = writeFiles(files, root, values.check === true);
    const ms = Math.round(performance.now() - started);
    if (values.check) {
      if (stale.length) {
        console.error(
          `Generated code is stale (differs from what ${specName} produces):\n${stale.map((f) => `  - ${f}`).join("\n")}\nRun \`pnpm generate\` and commit the result.`,
        );
        return 1;
      }
      if (!values.quiet)
        console.log(
          `Generated code is up to date (${files.length} files, ${model.operations.length} operations, ${ms} ms).`,
        );
      return 0;
    }
    if (!values.quiet)
      console.log(
        `Generated ${files.length} files from ${model.operations.length} operations in ${ms} ms; ${written.length} changed.${written.length ? `\n${written.map((f) => `  - ${f}`).join("\n")}` : ""}`,
      );
    return 0;
  } catch (error) {
    if (error instanceof SpecErrors) {
      console.error(`calkit-gen: ${error.message}\nNothing was written.`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main();
