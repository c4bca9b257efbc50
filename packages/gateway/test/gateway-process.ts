// The built `calkit-gateway serve` as a real process: waits for the base URL on the first stdout
// line, keeps stdout and stderr for the secrets checks, and stops it gently (SIGTERM) or not (SIGKILL).
import { type ChildProcess, spawn } from "node:child_process";
import { cleanEnv, gatewayBin, repoRoot, requireBuild } from "./helpers.js";

export interface GatewayProcess {
  readonly url: string;
  readonly child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** SIGTERM; resolves with the exit code. */
  stop(): Promise<number | null>;
  kill(): Promise<void>;
}

export async function startGatewayProcess(
  env: Record<string, string>,
  args: string[] = ["--port", "0"],
): Promise<GatewayProcess> {
  requireBuild();
  const child = spawn(process.execPath, [gatewayBin, "serve", ...args], {
    env: cleanEnv(env),
    cwd: repoRoot,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stderr?.on("data", (c: Buffer) => {
    stderr += c.toString();
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no base URL within 30 s; stderr: ${stderr}`)),
      30_000,
    );
    child.stdout?.on("data", (c: Buffer) => {
      stdout += c.toString();
      const line = stdout.split("\n")[0];
      if (stdout.includes("\n") && line) {
        clearTimeout(timer);
        resolve(line);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`calkit-gateway exited (${code}) before listening: ${stderr}`));
    });
  });
  return {
    url,
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      child.kill("SIGTERM");
      return exited;
    },
    async kill() {
      if (child.exitCode !== null) return;
      child.kill("SIGKILL");
      await exited;
    },
  };
}

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: { status: string; data?: unknown; error?: { code: string; message: string } };
}

/** One call to the gateway, with the agent's token. */
export async function call(
  base: string,
  token: string | undefined,
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(options.body === undefined ? {} : { "content-type": "application/json" }),
      ...options.headers,
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  let json: Reply["json"];
  try {
    json = JSON.parse(text);
  } catch {
    json = { status: "not-json" };
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** A request with a path exactly as written (fetch would resolve `..` first). */
export async function rawCall(
  base: string,
  token: string,
  method: string,
  rawPath: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string }> {
  const { request } = await import("node:http");
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path: rawPath,
        headers: { authorization: `Bearer ${token}`, ...headers },
      },
      (res) => {
        let text = "";
        res.on("data", (c: Buffer) => {
          text += c.toString();
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

export { repoRoot };
