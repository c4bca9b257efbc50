/**
 * pnpm spec:sync --from <path or URL of Cal.com's openapi.json> [--out spec/openapi.yaml]
 *                [--lock spec/upstream.lock.json] [--check] [--quiet] [--format text|markdown|json]
 * Exit codes: 0 done (or unchanged with --check), 1 an input is wrong (nothing written),
 * 2 bad usage, 3 --check found that the spec would change.
 */
import { parseArgs } from "node:util";
import { SpecSyncError } from "./errors";
import { formatReport, REPORT_FORMATS, type ReportFormat } from "./report";
import { syncSpec } from "./sync";

const USAGE =
  "usage: pnpm spec:sync --from <path|url> [--out spec/openapi.yaml] [--lock spec/upstream.lock.json] [--check] [--quiet] [--format text|markdown|json]";

async function main(): Promise<number> {
  let values: {
    from?: string;
    out?: string;
    lock?: string;
    check?: boolean;
    quiet?: boolean;
    format?: string;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      options: {
        from: { type: "string" },
        out: { type: "string" },
        lock: { type: "string" },
        check: { type: "boolean" },
        quiet: { type: "boolean" },
        format: { type: "string", default: "text" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.from) {
    console.error(`--from is required.\n${USAGE}`);
    return 2;
  }
  const format = values.format as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) {
    console.error(
      `--format must be one of ${REPORT_FORMATS.join(", ")} (got ${format}).\n${USAGE}`,
    );
    return 2;
  }
  // pnpm runs scripts from the repository root; INIT_CWD is where the maintainer typed the command.
  const root = process.cwd();
  const from =
    process.env.INIT_CWD && !/^https?:/.test(values.from)
      ? (await import("node:path")).resolve(process.env.INIT_CWD, values.from)
      : values.from;
  try {
    const result = await syncSpec({
      from,
      root,
      out: values.out,
      lock: values.lock,
      check: values.check,
    });
    console.log(formatReport(result, format, { quiet: values.quiet }));
    if (result.problems.length) {
      console.error(
        `\nCurated examples no longer match the upstream schemas; fix them in spec/curation/ and sync again. Nothing was written.\n${result.problems.map((p) => `  - ${p}`).join("\n")}`,
      );
      return 1;
    }
    if (result.written && result.changed)
      console.error(
        "\nNext: `pnpm spec:lint`, then `pnpm main` (regenerate and build), then `pnpm test`.",
      );
    if (values.check && result.changed) {
      console.error(
        "\nspec/openapi.yaml is stale: run `pnpm spec:sync --from <upstream>` and commit the result.",
      );
      return 3;
    }
    return 0;
  } catch (error) {
    if (error instanceof SpecSyncError) {
      console.error(`spec:sync: ${error.message}\nNothing was written.`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main();
