/** Runs the generator's CLI the way `pnpm generate` does, in a child process. */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** Absolute path of a fixture spec, e.g. fixture("malformed/bad-access.yaml"). */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `node packages/generator/bin/generate.mjs ...args` (what `pnpm generate` runs), from the repository root. */
export function runCli(args: readonly string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["packages/generator/bin/generate.mjs", ...args],
      { cwd: REPO_ROOT, encoding: "utf8" },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === "number" ? error.code : null) : 0;
        resolve({ status, stdout, stderr });
      },
    );
  });
}
