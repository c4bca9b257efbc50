// Shared by the gateway tests: the built `calkit-gateway` binary run as a real process, temp data
// folders, and policy files.
import { spawn } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const gatewayBin = `${repoRoot}packages/gateway/dist/cli.js`;

export function requireBuild(): void {
  if (!existsSync(gatewayBin))
    throw new Error(`${gatewayBin} is missing: run \`pnpm build\` before these tests.`);
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Only what the gateway needs: no inherited CAL_* or DATABASE_URL from the developer's shell. */
export function cleanEnv(extra: Record<string, string>): Record<string, string> {
  return { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...extra };
}

/** Runs the built binary to completion. */
export function runGateway(
  args: string[],
  env: Record<string, string>,
  options: { cwd?: string; timeoutMs?: number } = {},
): Promise<RunResult> {
  requireBuild();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [gatewayBin, ...args], {
      env: cleanEnv(env),
      cwd: options.cwd ?? repoRoot,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 30_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export function tempDir(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), `calkit-gw-${prefix}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export function writePolicy(
  dir: string,
  agents: Record<string, unknown>,
  name = "policy.json",
): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify({ version: 1, agents }));
  return path;
}

/** Whether any file under `dir` contains `needle` (the store's own files, for secrets at rest). */
export function folderContains(dir: string, needle: string): boolean {
  const bytes = Buffer.from(needle);
  const walk = (path: string): boolean => {
    if (statSync(path).isDirectory()) return readdirSync(path).some((f) => walk(join(path, f)));
    return readFileSync(path).includes(bytes);
  };
  return walk(dir);
}

/** No stack trace in what a person sees. */
export function hasStackTrace(text: string): boolean {
  return /\n\s+at .+\(.+:\d+:\d+\)/.test(text) || /\n\s+at file:/.test(text);
}

export const TOKEN_SHAPE = /^ckgw_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$/;
