/**
 * The embedded store's admin endpoint: while a gateway serves the folder, the CLI's store commands
 * run inside it. It listens on 127.0.0.1 only, on a port of its own, and takes a 256-bit secret
 * that only the lock file (mode 0600, in the data folder) holds.
 */
import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { type CommandResult, isStoreCommand, runStoreCommand } from "./commands.js";
import { sameSecret } from "./same-secret.js";
import type { Sql } from "./store/sql.js";

const MAX_BODY = 64 * 1024;

export interface AdminEndpoint {
  url: string;
  secret: string;
  close(): Promise<void>;
}

export async function startAdminEndpoint(sql: Sql): Promise<AdminEndpoint> {
  const secret = randomBytes(32).toString("base64url");
  const server: Server = createServer((req, res) => {
    const answer = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (!sameSecret(req.headers.authorization ?? "", `Bearer ${secret}`))
      return answer(401, { error: "unauthorized" });
    if (req.method !== "POST" || req.url !== "/commands")
      return answer(404, { error: "not found" });
    readJson(req)
      .then(async (body) => {
        const argv = (body as { argv?: unknown }).argv;
        if (
          !Array.isArray(argv) ||
          !argv.every((a) => typeof a === "string") ||
          !isStoreCommand(argv)
        )
          return answer(400, { error: "argv must be a store command" });
        answer(200, await runStoreCommand(sql, argv));
      })
      .catch(() => answer(500, { error: "the command failed inside the gateway" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    secret,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function readJson(req: import("node:http").IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new Error("too large");
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

/** Runs `argv` inside the serving gateway. Relative policy paths are resolved here, by the caller. */
export async function relayStoreCommand(
  admin: { url: string; secret: string },
  argv: readonly string[],
): Promise<CommandResult> {
  const response = await fetch(`${admin.url}/commands`, {
    method: "POST",
    headers: { authorization: `Bearer ${admin.secret}`, "content-type": "application/json" },
    body: JSON.stringify({ argv: absolutePolicyPaths(argv) }),
  }).catch(() => undefined);
  if (!response?.ok)
    return {
      stdout: "",
      stderr: `The gateway serving this data folder did not run the command${response ? ` (HTTP ${response.status})` : " (it cannot be reached)"}.\n`,
      code: 1,
    };
  return (await response.json()) as CommandResult;
}

/** `--policy file` is read by the gateway process, whose working folder may differ. */
function absolutePolicyPaths(argv: readonly string[]): string[] {
  return argv.map((arg, i) => {
    if (argv[i - 1] === "--policy") return resolve(arg);
    if (arg.startsWith("--policy=")) return `--policy=${resolve(arg.slice(9))}`;
    return arg;
  });
}
