// Shared by the MCP tests: spawning `calkit-mcp` from source over stdio, in-process sessions, and
// small readers of tool results.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { type CalkitMcpOptions, createCalkitMcpServer } from "../src/index.js";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const tsx = `${repoRoot}node_modules/.bin/tsx`;
export const cli = `${repoRoot}packages/mcp/src/cli.ts`;
/** Lets tsx resolve @calkit/* to the workspace sources, so no build is needed. */
export const sourcesTsconfig = `${repoRoot}packages/mcp/tsconfig.sources.json`;

export const API_KEY = "cal_test_mcp_0123456789abcdef";

function baseEnv(extra: Record<string, string>): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    TSX_TSCONFIG_PATH: sourcesTsconfig,
    ...extra,
  };
}

export interface StdioSession {
  client: Client;
  stderr: () => string;
  close(): Promise<void>;
}

/** Spawns `calkit-mcp` (the TS source, via the repository's tsx) and connects the official client. */
export async function spawnStdio(
  env: Record<string, string>,
  args: string[] = [],
): Promise<StdioSession> {
  const transport = new StdioClientTransport({
    command: tsx,
    args: [cli, ...args],
    env: baseEnv(env),
    cwd: repoRoot,
    stderr: "pipe",
  });
  let stderr = "";
  transport.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const client = new Client({ name: "calkit-mcp-test", version: "0.0.0" });
  await client.connect(transport);
  return { client, stderr: () => stderr, close: () => client.close() };
}

/** Runs `calkit-mcp` to completion (for start-up failures): exit code, stdout and stderr. */
export function runCli(
  env: Record<string, string>,
  args: string[] = [],
  timeoutMs = 20_000,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [cli, ...args], {
      env: baseEnv(env),
      cwd: repoRoot,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`calkit-mcp did not exit within ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** An in-process server and client joined by the SDK's in-memory transport. */
export async function connectInMemory(options: CalkitMcpOptions): Promise<Client> {
  const server = createCalkitMcpServer(options);
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: "calkit-mcp-test", version: "0.0.0" });
  await client.connect(clientSide);
  return client;
}

export function textOf(result: unknown): string {
  const content = (result as CallToolResult).content ?? [];
  return content.map((c) => (c.type === "text" ? c.text : "")).join("\n");
}

/** The error details the server puts in `_meta["calkit/error"]`. */
export function errorMetaOf(result: unknown): Record<string, unknown> | undefined {
  return (result as CallToolResult)._meta?.["calkit/error"] as Record<string, unknown> | undefined;
}
