/**
 * pnpm check:packages — is each published @calkit/* package right for the people who install it?
 * Builds nothing (`pnpm build` first; `pnpm test` does). For every package it packs the tarball that
 * `pnpm publish` would upload and checks that tarball with
 *   - publint, strict (its warnings count as errors; suggestions are printed, not fatal);
 *   - @arethetypeswrong/cli, profile esm-only: the packages are ESM only, so `require()` from
 *     CommonJS resolving to ESM is expected and node10 resolution is not checked; every other
 *     problem fails. Exported assets that are not modules (`./openapi.yaml`) are left out;
 *   - our rules: MIT with the repository's LICENSE file, repository pointing at the package's
 *     directory, engines.node, keywords, a publish config, and no `workspace:` range left.
 * Exit 1 when any package fails.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import {
  type Manifest,
  mapLimit,
  type Packed,
  PUBLISHED_PACKAGES,
  type PublishedPackage,
  packPackage,
  ROOT,
  workspacePackageNames,
} from "./published-packages";

/** Where the packages say they live; change it here and in every package.json together. */
export const REPOSITORY_URL = "git+https://github.com/calkit/calkit.git";

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const attwManifest = require.resolve("@arethetypeswrong/cli/package.json");
const attwBin = resolve(
  dirname(attwManifest),
  (JSON.parse(readFileSync(attwManifest, "utf8")) as { bin: Record<string, string> }).bin
    .attw as string,
);
const rootLicense = readFileSync(join(ROOT, "LICENSE"), "utf8");

interface Report {
  pkg: PublishedPackage;
  packed?: Packed;
  publint: string[];
  publintSuggestions: string[];
  attw: string[];
  rules: string[];
}

/** Our own rules, on the package.json as published and the tarball's files. */
function checkRules(pkg: PublishedPackage, packed: Packed): string[] {
  const m: Manifest = packed.manifest;
  const problems: string[] = [];
  if (m.license !== "MIT") problems.push(`license is ${JSON.stringify(m.license)}, not "MIT"`);
  const license = packed.files.get("LICENSE")?.data.toString("utf8");
  if (license === undefined)
    problems.push("no LICENSE file in the tarball (copy the root LICENSE)");
  else if (license !== rootLicense) problems.push("LICENSE differs from the repository's LICENSE");
  if (!packed.files.has("README.md")) problems.push("no README.md in the tarball");
  const repository = m.repository as
    | { type?: string; url?: string; directory?: string }
    | undefined;
  if (
    repository?.type !== "git" ||
    repository.url !== REPOSITORY_URL ||
    repository.directory !== pkg.dir
  ) {
    problems.push(
      `repository should be { type: "git", url: "${REPOSITORY_URL}", directory: "${pkg.dir}" }`,
    );
  }
  if (typeof (m.engines as { node?: unknown } | undefined)?.node !== "string")
    problems.push("engines.node is missing");
  if (!Array.isArray(m.keywords) || m.keywords.length === 0) problems.push("keywords are missing");
  if (m.type !== "module") problems.push('type should be "module" (the packages are ESM only)');
  if (m.sideEffects === undefined) problems.push("sideEffects is missing");
  if ((m.publishConfig as { access?: string } | undefined)?.access !== "public")
    problems.push(
      'publishConfig.access should be "public" (scoped packages are private otherwise)',
    );
  const root = (m.exports as Record<string, unknown> | undefined)?.["."];
  if (!root || typeof root !== "object" || Object.keys(root)[0] !== "types")
    problems.push('exports["."] should be an object whose first condition is "types"');
  for (const field of ["dependencies", "peerDependencies", "optionalDependencies"] as const) {
    for (const [name, range] of Object.entries(m[field] ?? {})) {
      if (range.startsWith("workspace:")) problems.push(`${field}.${name} is still "${range}"`);
    }
  }
  return problems;
}

/** Entry points attw cannot analyse because they are data, not modules (`./openapi.yaml`). */
function assetEntrypoints(manifest: Manifest): string[] {
  return Object.entries(manifest.exports ?? {})
    .filter(([, target]) => typeof target === "string" && !/\.(m?js|json)$/.test(target))
    .map(([subpath]) => subpath);
}

async function checkPackage(pkg: PublishedPackage, scratch: string): Promise<Report> {
  const report: Report = { pkg, publint: [], publintSuggestions: [], attw: [], rules: [] };
  const dist = join(ROOT, pkg.dir, "dist/index.js");
  if (!existsSync(dist)) {
    report.rules.push(`${pkg.dir}/dist/index.js is missing: run \`pnpm build\` first`);
    return report;
  }
  const packed = await packPackage(pkg, scratch);
  report.packed = packed;
  const tarball = readFileSync(packed.tarball);

  const linted = await publint({
    pack: {
      tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.length),
    },
    strict: true,
  });
  for (const message of linted.messages) {
    const text = `${message.type}: ${formatMessage(message, linted.pkg, { color: false }) ?? message.code}`;
    (message.type === "suggestion" ? report.publintSuggestions : report.publint).push(text);
  }

  const excluded = assetEntrypoints(packed.manifest);
  const args = [attwBin, packed.tarball, "--profile", "esm-only", "--format", "ascii"];
  args.push("--no-color", "--no-emoji", "--no-summary");
  if (excluded.length) args.push("--exclude-entrypoints", ...excluded);
  try {
    await run(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    report.attw.push(...`${stdout ?? ""}${stderr ?? ""}`.trim().split("\n"));
  }

  report.rules.push(...checkRules(pkg, packed));
  return report;
}

async function main(): Promise<number> {
  const listed = PUBLISHED_PACKAGES.map((p) => p.name).sort();
  const inWorkspace = workspacePackageNames();
  const unlisted = inWorkspace.filter((name) => !listed.includes(name));
  const scratch = mkdtempSync(join(tmpdir(), "calkit-check-packages-"));
  try {
    const reports = await mapLimit(PUBLISHED_PACKAGES, Math.max(2, availableParallelism()), (pkg) =>
      checkPackage(pkg, scratch),
    );
    const rows = ["| package | files | packed bytes | publint | attw (esm-only) | our rules |"];
    rows.push("|---|---:|---:|---|---|---|");
    let failed = unlisted.length > 0;
    for (const r of reports) {
      const verdict = (problems: string[]) => (problems.length ? `✗ ${problems.length}` : "ok");
      rows.push(
        `| ${r.pkg.name} | ${r.packed?.files.size ?? "-"} | ${r.packed?.bytes ?? "-"} | ${verdict(r.publint)} | ${verdict(r.attw)} | ${verdict(r.rules)} |`,
      );
      if (r.publint.length || r.attw.length || r.rules.length) failed = true;
    }
    console.log(rows.join("\n"));
    for (const r of reports) {
      const sections: [string, string[]][] = [
        ["publint", r.publint],
        ["publint suggestions (not fatal)", r.publintSuggestions],
        ["attw", r.attw],
        ["rules", r.rules],
      ];
      for (const [title, lines] of sections) {
        if (lines.length)
          console.log(`\n${r.pkg.name} — ${title}:\n${lines.map((l) => `  ${l}`).join("\n")}`);
      }
    }
    if (unlisted.length) {
      console.log(
        `\nNot in scripts/published-packages.ts (add them, with their assets): ${unlisted.join(", ")}`,
      );
    }
    console.log(failed ? "\ncheck:packages failed." : `\n${reports.length} packages ok.`);
    return failed ? 1 : 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

process.exitCode = await main();
