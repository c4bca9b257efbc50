// A real Redis for the tests and benchmarks (the gateway's shared limits, the webhooks README's
// deduplication): Debian's redis-server as a process on 127.0.0.1, a free port, a temp folder, no
// persistence. When the binary is absent the caller skips, with the reason below; `.ci/run`
// installs it.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../../scripts/prism.js";

export const REDIS_SKIP_REASON =
  "Redis tests skipped: no redis-server found (apt-get install -y redis-server, or put it on PATH)";

function findRedis(): string | undefined {
  const dirs = [...(process.env.PATH ?? "").split(":"), "/usr/bin", "/usr/local/bin"];
  return dirs.map((dir) => join(dir, "redis-server")).find((path) => existsSync(path));
}

export function redisAvailable(): boolean {
  return findRedis() !== undefined;
}

export interface RedisServer {
  url: string;
  /** SIGKILL, as a crash would. */
  kill(): Promise<void>;
  /** Starts again, empty, on the same port (after kill). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function startRedis(): Promise<RedisServer> {
  const bin = findRedis();
  if (!bin) throw new Error(REDIS_SKIP_REASON);
  const dir = mkdtempSync(join(tmpdir(), "calkit-redis-"));
  const port = await freePort();
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"];
  const launch = async () => {
    const child: ChildProcess = spawn(bin, [...args, "--dir", dir], { stdio: "ignore" });
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    await waitForPort(port);
    return { child, exited };
  };
  let running = await launch();
  const end = async (signal: NodeJS.Signals) => {
    const { child, exited } = running;
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return {
    url: `redis://127.0.0.1:${port}`,
    kill: () => end("SIGKILL"),
    async restart() {
      await end("SIGKILL");
      running = await launch();
    },
    async stop() {
      await end("SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForPort(port: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`redis-server did not listen on ${port} within 5 s`);
}
