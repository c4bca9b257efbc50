/**
 * stdio: one MCP session over the process's stdin/stdout (what Claude Desktop, Claude Code, Cursor
 * and VS Code spawn). stdout carries only protocol messages; anything else goes to stderr.
 */
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { createCalkitMcpServer, type ServerState } from "./server.js";
import type { CalkitMcpOptions } from "./toolbox.js";

export interface StdioHandle {
  close(): Promise<void>;
}

/** Serves MCP on stdin/stdout until stdin ends; resolves once connected. */
export async function serveStdio(
  stateOrOptions: ServerState | CalkitMcpOptions,
): Promise<StdioHandle> {
  const server = createCalkitMcpServer(stateOrOptions);
  const transport = new StdioServerTransport();
  await server.connect(transport);
  return { close: () => server.close() };
}
