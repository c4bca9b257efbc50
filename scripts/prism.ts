/**
 * Starts a Prism mock of an OpenAPI document on 127.0.0.1 and a free port, waits until it answers,
 * and stops it cleanly. Used by vitest's global setup, by `pnpm prism`, the demo and benchmarks.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface PrismServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface StartPrismOptions {
  /** The OpenAPI document to mock; default spec/openapi.yaml. */
  spec?: string;
  port?: number;
  /** Give up waiting after this long (ms). */
  timeoutMs?: number;
  /** Prism's own dynamic mode (random data) instead of the document's examples. */
  dynamic?: boolean;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function prismBin(): string {
  const bin = join(repoRoot, "node_modules", ".bin", "prism");
  if (!existsSync(bin))
    throw new Error("Prism is not installed: run `pnpm install` at the repository root.");
  return bin;
}

async function waitUntilAnswering(
  url: string,
  child: ChildProcess,
  timeoutMs: number,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`Prism exited with code ${child.exitCode} before answering:\n${output()}`);
    try {
      await fetch(`${url}/__prism_ready`, { signal: AbortSignal.timeout(500) });
      return; // Any HTTP answer (404 included) means it is listening.
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`Prism did not answer on ${url} within ${timeoutMs} ms:\n${output()}`);
}

export async function startPrism(options: StartPrismOptions = {}): Promise<PrismServer> {
  const spec = resolve(repoRoot, options.spec ?? "spec/openapi.yaml");
  if (!existsSync(spec)) throw new Error(`No OpenAPI document at ${spec}.`);
  const port = options.port ?? (await freePort());
  const args = ["mock", spec, "-h", "127.0.0.1", "-p", String(port)];
  if (options.dynamic) args.push("-d");
  const child = spawn(prismBin(), args, {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, FORCE_COLOR: "0" },
  });
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
      child.once("exit", () => {
        clearTimeout(timer);
        done();
      });
      child.kill("SIGTERM");
    });
  try {
    await waitUntilAnswering(url, child, options.timeoutMs ?? 30_000, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, stop };
}
