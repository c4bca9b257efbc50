/**
 * Streamable HTTP: a node:http server on 127.0.0.1 by default, one MCP session per `initialize`,
 * at `/mcp`. The bearer token of each request may be the Cal.com credential (API key or OAuth
 * token); it is used for that request only and never logged. On a loopback address the Host and
 * Origin headers must be local too (no DNS rebinding from a web page).
 */
import { randomUUID } from "node:crypto";
import {
  createServer,
  type IncomingMessage,
  type Server as NodeServer,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import type { AuthInfo } from "@modelcontextprotocol/sdk/server/auth/types.js";
import type { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { isInitializeRequest } from "@modelcontextprotocol/sdk/types.js";
import { type CalCredential, ConfigError, credentialFromHeaders } from "./credentials.js";
import {
  CREDENTIAL_KEY,
  createCalkitMcpServer,
  createServerState,
  type ServerState,
} from "./server.js";
import type { CalkitMcpOptions } from "./toolbox.js";

export interface HttpServerOptions extends CalkitMcpOptions {
  /** Default 3333; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Most open sessions; sessions idle for 30 minutes are dropped first. Default 256. */
  maxSessions?: number;
  /** Largest request body accepted. Default 4 MB. */
  maxBodyBytes?: number;
}

export interface HttpServerHandle {
  /** `http://127.0.0.1:<port>/mcp` */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /** Open MCP sessions. */
  sessionCount(): number;
  close(): Promise<void>;
}

export const MCP_PATH = "/mcp";
const IDLE_MS = 30 * 60_000;
const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

interface Session {
  transport: StreamableHTTPServerTransport;
  server: Server;
  lastSeen: number;
}

function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || host.startsWith("127.");
}

function sendJsonRpcError(
  res: ServerResponse,
  status: number,
  code: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify({ jsonrpc: "2.0", error: { code, message }, id: null });
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Starts the HTTP server; resolves once it listens. A ConfigError for unusable options. */
export async function startHttpServer(options: HttpServerOptions = {}): Promise<HttpServerHandle> {
  const host = options.host ?? "127.0.0.1";
  const state: ServerState = createServerState(options);
  const maxSessions = options.maxSessions ?? 256;
  const maxBodyBytes = options.maxBodyBytes ?? 4 * 1024 * 1024;
  const sessions = new Map<string, Session>();
  const local = isLoopback(host);
  let port = 0;

  function hostAllowed(req: IncomingMessage): boolean {
    if (!local) return true;
    const hostHeader = header(req, "host");
    if (!hostHeader) return false;
    let url: URL;
    try {
      url = new URL(`http://${hostHeader}`);
    } catch {
      return false;
    }
    if (!isLoopback(url.hostname) || Number(url.port || 80) !== port) return false;
    const origin = header(req, "origin");
    if (origin === undefined || origin === "null") return origin === undefined;
    try {
      return isLoopback(new URL(origin).hostname);
    } catch {
      return false;
    }
  }

  function dropIdle(now: number): void {
    for (const [id, session] of sessions) {
      if (now - session.lastSeen > IDLE_MS) {
        sessions.delete(id);
        void session.transport.close().catch(() => {});
      }
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (path !== MCP_PATH)
      return sendJsonRpcError(res, 404, -32000, `Not found: the MCP endpoint is ${MCP_PATH}.`);
    if (!hostAllowed(req))
      return sendJsonRpcError(
        res,
        403,
        -32000,
        "Forbidden: this server only accepts requests addressed to its loopback address from local origins.",
      );

    let credential: CalCredential | undefined;
    try {
      credential = credentialFromHeaders(
        header(req, "authorization"),
        header(req, "x-cal-oauth-scopes"),
      );
    } catch (error) {
      if (error instanceof ConfigError)
        return sendJsonRpcError(res, 401, -32001, error.message, {
          "www-authenticate": 'Bearer realm="calkit-mcp"',
        });
      throw error;
    }
    if (!credential && !state.core.options.credential) {
      return sendJsonRpcError(
        res,
        401,
        -32001,
        "No Cal.com credential: send `Authorization: Bearer <Cal.com API key or OAuth access token>`, or start calkit-mcp with CAL_API_KEY.",
        { "www-authenticate": 'Bearer realm="calkit-mcp"' },
      );
    }
    // The handlers read the request's own credential from here; the token itself is not repeated.
    (req as IncomingMessage & { auth?: AuthInfo }).auth = {
      token: "calkit",
      clientId: "calkit-mcp",
      scopes: credential?.kind === "oauth" ? [...(credential.scopes ?? [])] : [],
      extra: credential ? { [CREDENTIAL_KEY]: credential } : {},
    };

    const sessionId = header(req, "mcp-session-id");
    let body: unknown;
    if (req.method === "POST") {
      const text = await readBody(req, maxBodyBytes);
      if (text === undefined)
        return sendJsonRpcError(
          res,
          413,
          -32600,
          `Request body larger than ${maxBodyBytes} bytes.`,
        );
      try {
        body = JSON.parse(text);
      } catch {
        return sendJsonRpcError(res, 400, -32700, "Parse error: the body is not JSON.");
      }
    }

    if (sessionId) {
      const session = sessions.get(sessionId);
      if (!session)
        return sendJsonRpcError(
          res,
          404,
          -32001,
          "Session not found: it ended or expired; initialize a new one.",
        );
      session.lastSeen = Date.now();
      return session.transport.handleRequest(req, res, body);
    }
    if (req.method !== "POST" || !isInitializeRequest(body)) {
      return sendJsonRpcError(
        res,
        400,
        -32000,
        "Bad request: no Mcp-Session-Id; start with an initialize request.",
      );
    }
    const now = Date.now();
    if (sessions.size >= maxSessions) dropIdle(now);
    if (sessions.size >= maxSessions)
      return sendJsonRpcError(
        res,
        503,
        -32000,
        "Too many open sessions; close one (DELETE) or retry later.",
        { "retry-after": "60" },
      );

    const server = createCalkitMcpServer(state);
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      enableJsonResponse: true,
      onsessioninitialized: (id) => {
        sessions.set(id, { transport, server, lastSeen: Date.now() });
      },
      onsessionclosed: (id) => {
        sessions.delete(id);
      },
    });
    transport.onclose = () => {
      if (transport.sessionId) sessions.delete(transport.sessionId);
    };
    await server.connect(transport);
    await transport.handleRequest(req, res, body);
  }

  const http: NodeServer = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendJsonRpcError(res, 500, -32603, "Internal server error.");
      else res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(options.port ?? 3333, host, () => {
      http.off("error", reject);
      resolve();
    });
  });
  port = (http.address() as AddressInfo).port;
  const shownHost = host.includes(":") ? `[${host}]` : host;

  return {
    url: `http://${shownHost}:${port}${MCP_PATH}`,
    host,
    port,
    sessionCount: () => sessions.size,
    async close() {
      const open = [...sessions.values()];
      sessions.clear();
      await Promise.all(open.map((s) => s.server.close().catch(() => {})));
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
    },
  };
}
