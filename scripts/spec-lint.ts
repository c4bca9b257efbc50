/**
 * pnpm spec:lint [spec] [--recordings DIR]: Redocly's OpenAPI 3.1 validation (zero errors allowed),
 * our own checks (scripts/spec-checks.ts), then the spec against real Cal.com answers: every
 * recorded 2xx in spec/recordings/ (and in DIR, normalised or in the Nango `*.test.json` layout)
 * must match its operation's response schema. Exits non-zero on any problem.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { readAnyRecordings } from "./recordings/read-any";
import { checkRecordings } from "./recordings/validate";
import { checkSpec } from "./spec-checks";
import { loadCuration } from "./spec-sync/curation";
import { listOperations } from "./spec-sync/operations";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    recordings: { type: "string", multiple: true, default: [] },
    // The curation the document must hold exactly the operations of (default: the one beside it).
    curation: { type: "string" },
  },
});
const specPath = resolve(positionals[0] ?? "spec/openapi.yaml");
const redocly = spawnSync(
  resolve("node_modules/.bin/redocly"),
  ["lint", specPath, "--config", resolve("redocly.yaml"), "--format", "stylish"],
  {
    encoding: "utf8",
    env: {
      ...process.env,
      REDOCLY_TELEMETRY: "off",
      REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
      NO_COLOR: "1",
    },
  },
);
const redoclyOutput = `${redocly.stdout}${redocly.stderr}`.trim();
if (redocly.status !== 0) {
  console.error(`Redocly found errors in ${specPath}:\n${redoclyOutput}`);
  process.exit(1);
}
const doc = parse(readFileSync(specPath, "utf8"));
const curationDir = resolve(values.curation ?? join(dirname(specPath), "curation"));
const curatedIds = existsSync(curationDir)
  ? loadCuration(curationDir, process.cwd()).operations.map((o) => o.id)
  : undefined;
const problems = checkSpec(doc, curatedIds);
if (problems.length) {
  console.error(
    `${problems.length} problem(s) in ${specPath}:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
  );
  process.exit(1);
}
const recordings = readAnyRecordings([
  resolve("spec/recordings"),
  ...values.recordings.map((d) => resolve(d)),
]);
const verdicts = checkRecordings(doc, recordings);
const failed = verdicts.filter((v) => v.problems.length);
const matched = verdicts.filter((v) => v.operationId !== undefined);
if (failed.length) {
  console.error(
    `${failed.length} of ${matched.length} recorded Cal.com answers do not match ${specPath}:\n${failed
      .map(
        (v) =>
          `  - ${v.name} (${v.operationId}):\n${v.problems.map((p) => `      ${p}`).join("\n")}`,
      )
      .join("\n")}`,
  );
  process.exit(1);
}
console.log(
  `${specPath}: valid OpenAPI 3.1 (Redocly), ${listOperations(doc).length} operations with complete metadata${curatedIds ? " (exactly the curated ones)" : ""}, all references resolve, no unused schemas, every field described, every example matches its schema, ${matched.length} recorded Cal.com answers match their response schemas.`,
);
