/**
 * Starts an MCP session for an `initialize` request: a server for `state` on a Streamable HTTP
 * transport (JSON answers), registered under `owner` once the SDK has given it an id and removed
 * when it closes. The caller has already admitted `owner` (`SessionRegistry.admit`).
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { createCalkitMcpServer, type ServerState } from "./server.js";
import type { SessionRegistry } from "./sessions.js";

export async function startMcpSession(
  sessions: SessionRegistry,
  owner: string,
  state: ServerState,
  req: IncomingMessage,
  res: ServerResponse,
  body: unknown,
): Promise<void> {
  const server = createCalkitMcpServer(state);
  const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
    sessionIdGenerator: () => randomUUID(),
    enableJsonResponse: true,
    onsessioninitialized: (id) =>
      sessions.add(id, { transport, server, owner, lastSeen: Date.now(), pending: new Set() }),
    onsessionclosed: (id) => sessions.remove(id),
  });
  transport.onclose = () => {
    if (transport.sessionId) sessions.remove(transport.sessionId);
  };
  await server.connect(transport);
  await transport.handleRequest(req, res, body);
}
