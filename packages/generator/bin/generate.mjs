#!/usr/bin/env node
/**
 * `pnpm generate [--check] [--spec spec/openapi.yaml] [--root .] [--quiet] [--no-cache]` in this
 * repository (the options of src/cli.ts). Plain JavaScript so that it starts in plain Node: when
 * nothing the generator reads has changed since a run whose output was in sync and every output
 * file still has the bytes that run recorded (run-manifest.mjs), it reports that and exits,
 * without loading tsx, ts-morph or openapi-typescript. Otherwise it runs the generator from its
 * sources through tsx (nothing needs building first) and records the run when its output is in
 * sync. --no-cache neither reads nor records anything: everything is computed.
 */
import { join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import {
  CACHE_DIR,
  GENERATOR_DIR,
  recordedOutputs,
  recordRun,
  runFingerprint,
  specChanged,
  upToDate,
} from "./run-manifest.mjs";

const started = performance.now();
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
const specName = relative(root, specPath).split(sep).join("/");
const useCache = !values["no-cache"];
const cacheDir = join(root, CACHE_DIR);
const fingerprint = useCache ? runFingerprint({ specPath, specName }) : undefined;

if (upToDate({ root, cacheDir, fingerprint })) {
  const ms = Math.round(performance.now() - started);
  const count = recordedOutputs(cacheDir);
  if (!values.quiet)
    console.log(
      values.check
        ? `Generated code is up to date (${count} files, nothing changed since the last run, ${ms} ms).`
        : `Generated ${count} files: nothing changed since the last run (${ms} ms); 0 changed.`,
    );
} else {
  const { register } = await import("tsx/esm/api");
  register({ tsconfig: resolve(GENERATOR_DIR, "../../tsconfig.json") });
  // When openapi-typescript will run anyway (--no-cache) or most likely will (the spec changed
  // since the recorded run), its worker thread starts loading it now, while the spec is parsed
  // and checked here; otherwise the generator starts it once a miss is known.
  if (!useCache || specChanged({ cacheDir, specPath }))
    (await import("../src/openapi-types.ts")).startOpenapiTypes();
  const { runGenerator } = await import("../src/run.ts");
  const result = await runGenerator({
    root,
    specPath,
    check: values.check,
    quiet: values.quiet,
    cache: useCache,
  });
  if (useCache && result.inSync && result.files)
    recordRun({ cacheDir, fingerprint, files: result.files, specPath });
  process.exitCode = result.status;
}
